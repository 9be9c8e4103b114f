#include "vectors/wordvectors.h"

#include <fasttext/fasttext.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <random>
#include <sstream>
#include <unistd.h>

#include "common/atomicfile.h"
#include "common/sha256.h"
#include "vectors/vectorsfile.h"

namespace mizan {

struct WordVectors::Impl {
    fasttext::FastText ft;
    vectors::VectorsMeta meta;
    mutable std::mutex nnMutex;  // getNN fills fastText's word-vector cache on first use
};

namespace {

namespace fs = std::filesystem;

constexpr std::int32_t kFastTextMagic = 793712314;  // fastText 0.9's FASTTEXT_FILEFORMAT_MAGIC_INT32
constexpr std::int32_t kFastTextVersion = 12;       // and FASTTEXT_VERSION

// A temporary file name beside `path` (same folder, so the rename stays on one file system).
std::string tempName(const std::string &path)
{
    std::random_device rd;
    return path + ".tmp-" + std::to_string(::getpid()) + "-" + std::to_string(rd());
}

// Removes the temporary file `path` (one Mizan created) when it is still there.
struct TempFile {
    std::string path;
    ~TempFile()
    {
        std::error_code ec;
        fs::remove(path, ec);
    }
};

Status writeLines(const std::string &path, const std::vector<std::string> &lines)
{
    std::ofstream out(path, std::ios::binary);
    for (const std::string &line : lines)
        out << line << '\n';
    out.close();
    if (!out)
        return {ErrorCode::IoError, path + ": cannot write the training text"};
    return Status::ok();
}

// Flushes `path` to disk and renames it to `target`.
Status commitFile(const std::string &path, const std::string &target)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    const bool synced = fd >= 0 && ::fsync(fd) == 0;
    if (fd >= 0)
        ::close(fd);
    if (!synced || std::rename(path.c_str(), target.c_str()) != 0)
        return {ErrorCode::IoError, target + ": cannot be written (flush or rename failed)"};
    return Status::ok();
}

fasttext::Args fastTextArgs(const WordVectorOptions &o, const std::string &input)
{
    fasttext::Args a;
    a.input = input;
    a.model = fasttext::model_name::sg;
    a.loss = fasttext::loss_name::ns;
    a.dim = o.dim;
    a.minn = o.minn;
    a.maxn = o.maxn;
    a.epoch = o.epoch;
    a.ws = o.window;
    a.minCount = o.minCount;
    a.neg = o.negatives;
    a.bucket = o.buckets;
    a.t = o.sampling;
    a.thread = std::max(1, o.threads);
    a.seed = o.seed;
    a.verbose = 0;  // nothing on stdout
    return a;
}

Status checkOptions(const WordVectorOptions &o)
{
    if (o.dim < 1 || o.dim > 4096 || o.epoch < 1 || o.window < 1 || o.minCount < 1 || o.negatives < 1 ||
        o.buckets < 0 || !(o.sampling > 0.0) || o.minn < 0 || o.maxn < o.minn || (o.maxn > 0 && o.buckets == 0))
        return {ErrorCode::InvalidArgument,
                "word vectors: expected dim 1-4096, epoch, window, min count and negatives >= 1, "
                "minn <= maxn, and buckets > 0 when maxn > 0"};
    return Status::ok();
}

} // namespace

WordVectors::WordVectors() = default;
WordVectors::~WordVectors() = default;
WordVectors::WordVectors(WordVectors &&) noexcept = default;
WordVectors &WordVectors::operator=(WordVectors &&) noexcept = default;
WordVectors::WordVectors(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}

Result<WordVectors> WordVectors::train(const std::vector<std::string> &lines, const WordVectorOptions &options,
                                       const std::string &dir, const std::vector<std::string> &sources,
                                       const WordVectorProgressFn &progress, const std::atomic<bool> *stop)
{
    if (Status st = checkOptions(options); !st)
        return st;
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec)
        return Status(ErrorCode::IoError, dir + ": cannot create the folder: " + ec.message());
    const std::string binPath = (fs::path(dir) / vectors::kBinName).string();
    TempFile text{tempName((fs::path(dir) / "train.txt").string())};
    if (Status st = writeLines(text.path, lines); !st)
        return st;
    auto impl = std::make_unique<Impl>();
    const auto started = std::chrono::steady_clock::now();
    try {
        impl->ft.train(fastTextArgs(options, text.path), [&](float done, float loss, double, double, std::int64_t) {
            if (progress)
                progress(done, loss);
            if (stop && stop->load(std::memory_order_relaxed))
                impl->ft.abort();
        });
    } catch (const fasttext::FastText::AbortError &) {
        return Status(ErrorCode::Cancelled, "word vectors: stopped");
    } catch (const std::invalid_argument &) {  // fastText: "Empty vocabulary"
        return Status(ErrorCode::InvalidArgument, "word vectors: no word occurs " + std::to_string(options.minCount) +
                                                      " times in the text (give more text or a lower min count)");
    } catch (const std::exception &) {
        return Status(ErrorCode::Internal, "word vectors: training failed (out of memory or an unreadable "
                                           "temporary file in " + dir + ")");
    }
    vectors::VectorsMeta &meta = impl->meta;
    meta.trainSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    meta.options = options;
    meta.words = static_cast<std::size_t>(impl->ft.getDictionary()->nwords());
    meta.sources = sources;
    TempFile bin{tempName(binPath)};
    try {
        impl->ft.saveModel(bin.path);
    } catch (const std::exception &) {
        return Status(ErrorCode::IoError, binPath + ": cannot be written");
    }
    Result<std::string> sum = sha256File(bin.path);
    if (!sum)
        return sum.status();
    meta.sha256 = *sum;
    meta.binBytes = static_cast<std::uint64_t>(fs::file_size(bin.path, ec));
    if (ec)
        return Status(ErrorCode::IoError, binPath + ": cannot be written: " + ec.message());
    if (Status st = commitFile(bin.path, binPath); !st)
        return st;
    if (Status st = writeFileAtomic((fs::path(dir) / vectors::kMetaName).string(), vectors::metaJson(meta)); !st)
        return st;
    return WordVectors(std::move(impl));
}

Result<WordVectors> WordVectors::load(const std::string &dir)
{
    const std::string metaPath = (fs::path(dir) / vectors::kMetaName).string();
    Result<std::string> text = readFile(metaPath, 1 << 20);
    if (!text)
        return text.status();
    Result<vectors::VectorsMeta> meta = vectors::parseMeta(*text, metaPath);
    if (!meta)
        return meta.status();
    const std::string binPath = (fs::path(dir) / vectors::kBinName).string();
    Result<std::string> bytes = vectors::readCheckedBin(binPath, *meta);
    if (!bytes)
        return bytes.status();
    auto impl = std::make_unique<Impl>();
    impl->meta = std::move(*meta);
    try {  // the checksum says these are the bytes train() wrote; fastText still must not escape
        std::istringstream in(std::move(*bytes));
        std::int32_t magic = 0, version = 0;  // what fastText's loadModel(file) checks first
        in.read(reinterpret_cast<char *>(&magic), sizeof magic);
        in.read(reinterpret_cast<char *>(&version), sizeof version);
        if (!in || magic != kFastTextMagic || version != kFastTextVersion)
            return Status(ErrorCode::ParseError, binPath + ": not a fastText model of the version this library reads");
        impl->ft.loadModel(in);
    } catch (const std::exception &) {
        return Status(ErrorCode::ParseError, binPath + ": not a fastText model this library reads");
    }
    if (impl->ft.getDimension() != impl->meta.options.dim)
        return Status(ErrorCode::ParseError, binPath + ": vectors of " + std::to_string(impl->ft.getDimension()) +
                                                 " dimensions, " + vectors::kMetaName + " says " +
                                                 std::to_string(impl->meta.options.dim));
    return WordVectors(std::move(impl));
}

int WordVectors::dim() const { return m_impl->meta.options.dim; }
std::size_t WordVectors::words() const { return m_impl->meta.words; }
const std::string &WordVectors::normalisation() const { return m_impl->meta.options.normalisation; }
const std::string &WordVectors::checksum() const { return m_impl->meta.sha256; }
double WordVectors::trainSeconds() const { return m_impl->meta.trainSeconds; }

bool WordVectors::inVocabulary(const std::string &word) const
{
    return !word.empty() && m_impl->ft.getWordId(word) >= 0;
}

std::string WordVectors::word(std::size_t i) const
{
    return i < words() ? m_impl->ft.getDictionary()->getWord(static_cast<std::int32_t>(i)) : std::string();
}

std::vector<float> WordVectors::vector(const std::string &word) const
{
    fasttext::Vector v(m_impl->meta.options.dim);
    v.zero();
    if (!word.empty())
        m_impl->ft.getWordVector(v, word);
    return std::vector<float>(v.data(), v.data() + v.size());
}

std::vector<std::pair<std::string, double>> WordVectors::neighbours(const std::string &word, int k) const
{
    std::vector<std::pair<std::string, double>> out;
    const std::vector<float> v = vector(word);
    if (k <= 0 || std::all_of(v.begin(), v.end(), [](float x) { return x == 0.0f; }))
        return out;  // no known n-gram: no direction to compare
    std::lock_guard<std::mutex> lock(m_impl->nnMutex);
    for (const auto &[score, w] : m_impl->ft.getNN(word, k))
        out.emplace_back(w, static_cast<double>(score));
    return out;
}

} // namespace mizan
