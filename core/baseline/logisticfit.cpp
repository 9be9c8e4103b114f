#include "baseline/logisticfit.h"

#include <algorithm>

namespace mizan::baseline {
namespace {

// Adds X m (transposed: X^T m) of the rows `x` to `dst` ([rows or columns, classes], row-major).
void addProduct(const Csr &x, const float *src, float *dst, std::int64_t classes, bool transposed)
{
    const auto rows = static_cast<std::int64_t>(x.start.size()) - 1;
    for (std::int64_t r = 0; r < rows; ++r)
        for (std::int64_t k = x.start[std::size_t(r)]; k < x.start[std::size_t(r) + 1]; ++k) {
            const float v = x.value[std::size_t(k)];
            const std::int64_t c = x.col[std::size_t(k)];
            float *o = transposed ? dst + c * classes : dst + r * classes;
            const float *i = transposed ? src + r * classes : src + c * classes;
            for (std::int64_t j = 0; j < classes; ++j)
                o[j] += v * i[j];
        }
}

}  // namespace

Csr csrOf(const std::vector<torch::Tensor> &bags, const std::vector<std::int64_t> &bucket)
{
    const std::int64_t *ids = bags[0].data_ptr<std::int64_t>(), *offsets = bags[1].data_ptr<std::int64_t>();
    const auto nnz = static_cast<std::size_t>(bags[0].size(0));
    Csr x;
    x.start.assign(offsets, offsets + bags[1].size(0));
    x.start.push_back(static_cast<std::int64_t>(nnz));
    x.value.assign(bags[2].data_ptr<float>(), bags[2].data_ptr<float>() + nnz);
    x.col.resize(nnz);
    for (std::size_t k = 0; k < nnz; ++k)
        x.col[k] = static_cast<std::int32_t>(std::lower_bound(bucket.begin(), bucket.end(), ids[k]) - bucket.begin());
    return x;
}

torch::Tensor product(const SparseRows &x, const torch::Tensor &w)
{
    const std::int64_t classes = w.size(1);
    const torch::Tensor in = w.contiguous();
    torch::Tensor shared = torch::zeros({std::int64_t(x.shared.start.size()) - 1, classes});
    addProduct(x.shared, in.data_ptr<float>(), shared.data_ptr<float>(), classes, false);
    torch::Tensor out = shared.index_select(0, torch::tensor(x.sharedOf, torch::kLong)).contiguous();
    addProduct(x.own, in.data_ptr<float>(), out.data_ptr<float>(), classes, false);
    return out;
}

torch::Tensor transposedProduct(const SparseRows &x, const torch::Tensor &d)
{
    const std::int64_t classes = d.size(1);
    const torch::Tensor in = d.contiguous();
    torch::Tensor out = torch::zeros({std::int64_t(x.bucket.size()), classes});
    addProduct(x.own, in.data_ptr<float>(), out.data_ptr<float>(), classes, true);
    const torch::Tensor summed = torch::zeros({std::int64_t(x.shared.start.size()) - 1, classes})
                                     .index_add_(0, torch::tensor(x.sharedOf, torch::kLong), in)
                                     .contiguous();
    addProduct(x.shared, summed.data_ptr<float>(), out.data_ptr<float>(), classes, true);
    return out;
}

void fitLogistic(const SparseRows &x, const torch::Tensor &labels, const torch::Tensor &sampleWeights, double c,
                 torch::Tensor &w, torch::Tensor &b, bool intercept)
{
    const double n = static_cast<double>(labels.size(0));
    const torch::Tensor y = labels.unsqueeze(1);
    const torch::Tensor sw = (sampleWeights / n).unsqueeze(1);
    torch::NoGradGuard noGrad;
    std::vector<torch::Tensor> params = {w};
    if (intercept)
        params.push_back(b);
    for (torch::Tensor &p : params)
        p.set_requires_grad(true);
    torch::optim::LBFGS opt(
        params, torch::optim::LBFGSOptions(1.0).max_iter(150).history_size(10).line_search_fn("strong_wolfe"));
    opt.step([&] {
        torch::NoGradGuard inner;
        const torch::Tensor logp = torch::log_softmax(product(x, w) + b, 1);
        const torch::Tensor loss = -(logp.gather(1, y) * sw).sum() + w.pow(2).sum() / (2.0 * c * n);
        const torch::Tensor d = logp.exp().scatter_add(1, y, -torch::ones_like(sw)) * sw;
        w.mutable_grad() = transposedProduct(x, d) + w / (c * n);
        if (intercept)
            b.mutable_grad() = d.sum(0);
        return loss;
    });
    for (torch::Tensor &p : params) {
        p.mutable_grad() = torch::Tensor();
        p.set_requires_grad(false);
    }
}

}  // namespace mizan::baseline
