#include "train/dist/distgroup.h"

#include <torch/csrc/distributed/c10d/PrefixStore.hpp>
#include <torch/csrc/distributed/c10d/ProcessGroupGloo.hpp>
#include <torch/csrc/distributed/c10d/TCPStore.hpp>
#ifdef USE_C10D_NCCL
#include <torch/csrc/distributed/c10d/ProcessGroupNCCL.hpp>
#endif

#include <chrono>
#include <cstdlib>
#include <sstream>

#include "train/jobguard.h"

namespace mizan {

namespace {

using Millis = std::chrono::milliseconds;

std::vector<std::uint8_t> bytes(const std::string &s) { return {s.begin(), s.end()}; }
std::string text(const std::vector<std::uint8_t> &b) { return {b.begin(), b.end()}; }

std::string where(const DistConfig &c) { return c.masterAddr + ":" + std::to_string(c.masterPort); }

Millis timeoutOf(const DistConfig &c) { return Millis(std::int64_t(c.timeoutSeconds * 1000)); }

// The store every rank meets at: hosted by rank 0 unless the launcher hosts it.
c10::intrusive_ptr<c10d::Store> connectStore(const DistConfig &c, bool host)
{
    c10d::TCPStoreOptions o;
    o.port = std::uint16_t(c.masterPort);
    o.isServer = host;
    o.numWorkers = c10::nullopt;
    o.waitWorkers = false;
    o.timeout = timeoutOf(c);
    try {
        return c10::make_intrusive<c10d::TCPStore>(c.masterAddr, o);
    } catch (const std::exception &e) {
        const std::string what = e.what();
        if (host && (what.find("in use") != std::string::npos || what.find("errno: 98") != std::string::npos))
            throw JobError(ErrorCode::IoError, "distributed training: port " + std::to_string(c.masterPort) +
                                                   " is in use on this machine (another run?); pick another with "
                                                   "MASTER_PORT");
        if (host)
            throw JobError(ErrorCode::IoError, "distributed training: rank 0 cannot listen on " + where(c) +
                                                   " (MASTER_ADDR must name this machine)");
        throw JobError(ErrorCode::IoError, "distributed training: cannot reach the master at " + where(c) + " within " +
                                               std::to_string(int(c.timeoutSeconds)) +
                                               " s (is rank 0 running? check MASTER_ADDR and MASTER_PORT)");
    }
}

bool isLoopback(const std::string &addr)
{
    return addr == "localhost" || addr.rfind("127.", 0) == 0 || addr == "::1";
}

c10::intrusive_ptr<c10d::ProcessGroup> makeGloo(const DistConfig &c, const c10::intrusive_ptr<c10d::Store> &store)
{
    auto options = c10d::ProcessGroupGloo::Options::create(timeoutOf(c));
    if (const char *ifname = std::getenv("GLOO_SOCKET_IFNAME"))
        options->devices.push_back(c10d::ProcessGroupGloo::createDeviceForInterface(ifname));
    else if (isLoopback(c.masterAddr))
        options->devices.push_back(c10d::ProcessGroupGloo::createDeviceForHostname("127.0.0.1"));
    else
        options->devices.push_back(c10d::ProcessGroupGloo::createDefaultDevice());
    options->threads = 2;
    return c10::make_intrusive<c10d::ProcessGroupGloo>(store, c.rank, c.worldSize, options);
}

c10::intrusive_ptr<c10d::ProcessGroup> makeNccl(const DistConfig &c, const c10::intrusive_ptr<c10d::Store> &store)
{
#ifdef USE_C10D_NCCL
    // Without it a hung NCCL collective never times out.
    setenv("NCCL_ASYNC_ERROR_HANDLING", "1", 0);
    auto options = c10d::ProcessGroupNCCL::Options::create();
    options->timeout = timeoutOf(c);
    return c10::make_intrusive<c10d::ProcessGroupNCCL>(store, c.rank, c.worldSize, options);
#else
    (void)c;
    (void)store;
    throw JobError(ErrorCode::Unsupported, "distributed training: this libtorch has no NCCL (use --dist-backend gloo)");
#endif
}

// Backend auto: NCCL when every rank trains on a GPU (each one says so in the store).
std::string chooseBackend(const DistConfig &c, c10d::Store &store, bool cudaHere)
{
    if (c.backend != "auto")
        return c.backend;
    store.set("mizan/cuda/" + std::to_string(c.rank), bytes(cudaHere ? "1" : "0"));
    bool all = true;
    for (int r = 0; r < c.worldSize; ++r)
        all = all && text(store.get("mizan/cuda/" + std::to_string(r))) == "1";
    return all ? "nccl" : "gloo";
}

} // namespace

DistGroup::DistGroup(const DistConfig &config, bool cudaHere) : m_config(config)
{
    const bool host = config.lead() && !config.externalStore;
    m_store = connectStore(config, host);
    try {
        m_backend = chooseBackend(config, *m_store, cudaHere);
        auto pgStore = c10::make_intrusive<c10d::PrefixStore>("pg", m_store);
        m_group = m_backend == "nccl" ? makeNccl(config, pgStore) : makeGloo(config, pgStore);
        DistConfig beatConfig = config;
        m_beatStore = connectStore(beatConfig, false);
    } catch (const JobError &) {
        throw;
    } catch (const std::exception &e) {
        throw JobError(ErrorCode::IoError, "distributed training: rank " + std::to_string(config.rank) +
                                               " could not meet the other ranks within " +
                                               std::to_string(int(config.timeoutSeconds)) + " s (" + errorText(e) +
                                               ")");
    }
    m_beat = std::thread([this] { beat(); });
}

DistGroup::~DistGroup()
{
    m_stopBeat.store(true);
    if (m_beat.joinable())
        m_beat.join();
}

// Every second: "<beats> <collectives done>" under mizan/beat/<rank>.
void DistGroup::beat()
{
    long beats = 0;
    const std::string key = "mizan/beat/" + std::to_string(m_config.rank);
    while (!m_stopBeat.load()) {
        try {
            m_beatStore->set(key, bytes(std::to_string(++beats) + " " + std::to_string(m_collectives.load())));
        } catch (const std::exception &) {
            return;  // the store is gone; the next collective reports it
        }
        for (int i = 0; i < 10 && !m_stopBeat.load(); ++i)
            std::this_thread::sleep_for(Millis(100));
    }
}

std::string DistGroup::diagnose()
{
    const std::string store = m_config.externalStore ? "the launcher" : "rank 0";
    try {
        m_store->setTimeout(Millis(3000));
        if (m_store->check({"mizan/failed"}))
            return text(m_store->get("mizan/failed"));
        auto read = [&] {
            std::vector<std::pair<long, long>> seen(std::size_t(m_config.worldSize), {-1, -1});
            for (int r = 0; r < m_config.worldSize; ++r) {
                const std::string key = "mizan/beat/" + std::to_string(r);
                if (m_store->check({key})) {
                    std::istringstream in(text(m_store->get(key)));
                    in >> seen[std::size_t(r)].first >> seen[std::size_t(r)].second;
                }
            }
            return seen;
        };
        const auto before = read();
        std::this_thread::sleep_for(Millis(2500));
        const auto after = read();
        std::string dead, stuck;
        for (int r = 0; r < m_config.worldSize; ++r) {
            if (r == m_config.rank)
                continue;
            const auto &b = before[std::size_t(r)], &a = after[std::size_t(r)];
            if (a.first == b.first)
                dead += (dead.empty() ? "rank " : ", rank ") + std::to_string(r);
            else if (a.second < m_collectives.load())
                stuck += (stuck.empty() ? "rank " : ", rank ") + std::to_string(r);
        }
        if (!dead.empty())
            return dead + " stopped responding (it died or was stopped)";
        if (!stuck.empty())
            return stuck + " hangs (alive but no longer taking part)";
        return "a rank failed (see the messages of the other ranks)";
    } catch (const std::exception &) {
        return store + " (the store at " + where(m_config) + ") is gone: it died or was stopped";
    }
}

void DistGroup::fail()
{
    m_failed = true;  // a consequence of another rank's failure: not announced as this rank's
    throw JobError(ErrorCode::IoError, "distributed training (rank " + std::to_string(m_config.rank) +
                                           "): " + diagnose() + "; the run ends on every rank");
}

void DistGroup::allReduce(std::vector<torch::Tensor> &tensors, bool maximum)
{
    try {
        c10d::AllreduceOptions o;
        o.reduceOp = maximum ? c10d::ReduceOp::MAX : c10d::ReduceOp::SUM;
        const bool stage = m_backend == "nccl" && m_device.is_cuda();  // NCCL reduces GPU tensors only
        std::vector<torch::Tensor> sent;
        std::vector<c10::intrusive_ptr<c10d::Work>> works;
        for (auto &t : tensors) {
            sent.push_back(stage && !t.is_cuda() ? t.to(m_device) : t);
            std::vector<torch::Tensor> one{sent.back()};
            works.push_back(m_group->allreduce(one, o));
        }
        for (auto &w : works)
            w->wait();
        for (std::size_t i = 0; i < tensors.size(); ++i)
            if (!sent[i].is_same(tensors[i]))
                tensors[i].copy_(sent[i]);
        ++m_collectives;
    } catch (const std::exception &) {
        fail();
    }
}

DistGroup::Work DistGroup::startAllReduce(torch::Tensor &tensor)
{
    try {
        std::vector<torch::Tensor> one{tensor};
        return m_group->allreduce(one, c10d::AllreduceOptions());
    } catch (const std::exception &) {
        fail();
    }
}

void DistGroup::finish(std::vector<Work> &works)
{
    try {
        for (auto &w : works)
            w->wait();
        works.clear();
        ++m_collectives;
    } catch (const std::exception &) {
        fail();
    }
}

std::vector<std::vector<std::uint8_t>> DistGroup::allGather(const std::vector<std::uint8_t> &bytes)
{
    // Two sums: every rank's length, then a [ranks, longest] table where each rank fills its
    // row (bytes as floats, exact, so that every backend sums them).
    const auto world = std::int64_t(m_config.worldSize);
    std::vector<torch::Tensor> lengths{torch::zeros({world}, torch::kFloat)};
    lengths[0][m_config.rank] = float(bytes.size());
    allReduce(lengths);
    const auto longest = std::int64_t(lengths[0].max().item<float>());
    std::vector<torch::Tensor> table{torch::zeros({world, longest}, torch::kFloat)};
    float *row = table[0].data_ptr<float>() + m_config.rank * longest;
    for (std::size_t i = 0; i < bytes.size(); ++i)
        row[i] = float(bytes[i]);
    allReduce(table);
    std::vector<std::vector<std::uint8_t>> out(static_cast<std::size_t>(world));
    const auto t = table[0].accessor<float, 2>();
    for (std::int64_t r = 0; r < world; ++r)
        for (std::int64_t i = 0; i < std::int64_t(lengths[0][r].item<float>()); ++i)
            out[std::size_t(r)].push_back(std::uint8_t(t[r][i]));
    return out;
}

void DistGroup::barrier()
{
    std::vector<torch::Tensor> t{torch::zeros({1})};
    allReduce(t);
}

void DistGroup::announceFailure(const std::string &message)
{
    if (m_failed)
        return;
    try {
        m_store->setTimeout(Millis(2000));
        m_store->set("mizan/failed", bytes("rank " + std::to_string(m_config.rank) + " failed: " + message));
    } catch (const std::exception &) {
    }
}

void DistGroup::leadRuns(const std::function<void()> &work)
{
    std::exception_ptr failure;
    if (lead()) {
        try {
            work();
        } catch (const JobError &e) {
            failure = std::current_exception();
            announceFailure(e.what());
        } catch (const std::exception &e) {
            failure = std::current_exception();
            announceFailure(errorText(e));
        }
    }
    std::vector<torch::Tensor> flag{torch::full({1}, failure ? 1.0f : 0.0f)};
    allReduce(flag);
    if (failure)
        std::rethrow_exception(failure);
    if (flag[0].item<float>() > 0) {
        m_failed = true;
        throw JobError(ErrorCode::Internal,
                       "distributed training (rank " + std::to_string(rank()) + "): " + diagnose());
    }
}

} // namespace mizan
