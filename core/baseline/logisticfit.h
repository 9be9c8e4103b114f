#pragma once
// INTERNAL to core/baseline (torch): the L2-regularised, class-weighted logistic regression of
// the sentiment head's linear path (sentimentlinear.h), fitted by full-batch L-BFGS over
// compressed sparse rows whose rows share parts: each example's row is its own row plus the row
// of its sentence, held once for all the sentence's examples, so a sentence with many targets
// costs its length once, not once per target.
#include <torch/torch.h>

#include <cstdint>
#include <vector>

namespace mizan::baseline {

// Compressed sparse rows over the columns of a SparseRows.
struct Csr {
    std::vector<std::int64_t> start;  // of each row, then the non-zero count
    std::vector<std::int32_t> col;
    std::vector<float> value;
};

// The linear path's inputs of some examples over the buckets they use (a column per bucket
// seen, in bucket order): the fit's vectors are as long as the features seen, not the table,
// and a product is one pass over the non-zeros. Each example's row is its own row plus the row
// of its sentence, held once for all the sentence's examples.
struct SparseRows {
    Csr own, shared;
    std::vector<std::int64_t> sharedOf;  // of each own row, its row in `shared`
    std::vector<std::int64_t> bucket;    // of each column
};

// Rows of CSR from linearBags' (ids, offsets, weights), a column per bucket of `bucket`
// (sorted, holding every id).
Csr csrOf(const std::vector<torch::Tensor> &bags, const std::vector<std::int64_t> &bucket);

// X w [rows, classes] for w [columns, classes]: each shared row's product once, then each row's
// own non-zeros added to its shared row's sum (the sums the expanded rows take, in the same
// order: the same floats).
torch::Tensor product(const SparseRows &x, const torch::Tensor &w);

// X^T d [columns, classes] for d [rows, classes]: a shared row's share once, from the sum of
// its rows of d.
torch::Tensor transposedProduct(const SparseRows &x, const torch::Tensor &d);

// The inverse regularisation strength C: loss = sum_i s_i * CE_i / n + |W|^2 / (2 C n), the
// intercept b (when `intercept`) not penalised, as scikit-learn's lbfgs solver; s_i the class
// weight of example i. W [columns of x, classes] starts where it is (warm start).
void fitLogistic(const SparseRows &x, const torch::Tensor &labels, const torch::Tensor &sampleWeights, double c,
                 torch::Tensor &w, torch::Tensor &b, bool intercept);

}  // namespace mizan::baseline
