#pragma once
// INTERNAL to core/model (torchpickle.cpp): the restricted unpickler's machine. It reads the
// pickle opcodes torch.save writes, builds PickleValues in an arena, and interprets the
// allow-listed globals (tensor rebuilds, storage types, OrderedDict) as data; see torchpickle.h
// for the contract. Errors are thrown as a Status inside run() and returned by it.
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "model/torchpickle.h"

namespace mizan::detail {

using Kind = PickleValue::Kind;

// The dtype of a storage global ("torch.FloatStorage"), or nothing for another name.
std::optional<DType> storageDtype(std::string_view global);
// Whether `name` ("module.name") is on the allow-list.
bool allowedGlobal(const std::string &name);

class Unpickler {
public:
    Unpickler(std::string_view bytes, std::size_t offset, const std::string &fileName)
        : m_bytes(bytes), m_pos(offset), m_file(fileName),
          m_arena(std::make_shared<std::vector<std::unique_ptr<PickleValue>>>())
    {
    }

    Result<Unpickled> run()
    {
        try {
            while (true) {
                m_opcodeAt = m_pos;
                const auto op = static_cast<unsigned char>(take(1)[0]);
                if (op == '.') {
                    if (m_stack.size() != 1 || !m_marks.empty())
                        fail("STOP with " + std::to_string(m_stack.size()) + " values on the stack");
                    return Unpickled{m_arena, m_stack.back(), m_pos, m_storages};
                }
                step(op);
            }
        } catch (const Status &s) {
            return s;
        }
    }

private:
    [[noreturn]] void fail(const std::string &what, ErrorCode code = ErrorCode::ParseError) const
    {
        throw Status(code, m_file +
                               (code == ErrorCode::Unsupported ? ": refused (pickle byte "
                                                               : ": not a valid PyTorch "
                                                                 "checkpoint (pickle byte ") +
                               std::to_string(m_opcodeAt) + "): " + what);
    }

    std::string_view take(std::size_t n)
    {
        if (n > m_bytes.size() - m_pos) {
            m_truncated = true;
            fail("the data ends early (truncated file?)");
        }
        auto out = m_bytes.substr(m_pos, n);
        m_pos += n;
        return out;
    }
    std::uint64_t unsignedLE(std::size_t n)
    {
        auto b = take(n);
        std::uint64_t v = 0;
        for (std::size_t i = 0; i < n; ++i)
            v |= static_cast<std::uint64_t>(static_cast<unsigned char>(b[i])) << (8 * i);
        return v;
    }
    std::string line()
    {
        const auto nl = m_bytes.find('\n', m_pos);
        if (nl == std::string_view::npos || nl - m_pos > 256) {
            m_truncated = nl == std::string_view::npos;
            fail("a GLOBAL name is not terminated");
        }
        std::string out(m_bytes.substr(m_pos, nl - m_pos));
        m_pos = nl + 1;
        return out;
    }

    PickleValue *make(Kind kind)
    {
        if (m_arena->size() >= kMaxPickleValues)
            fail("more than " + std::to_string(kMaxPickleValues) + " objects");
        m_arena->push_back(std::make_unique<PickleValue>());
        m_arena->back()->kind = kind;
        return m_arena->back().get();
    }
    void push(const PickleValue *v) { m_stack.push_back(v); }
    const PickleValue *pop()
    {
        if (m_stack.empty() || (!m_marks.empty() && m_stack.size() <= m_marks.back()))
            fail("the stack is empty");
        auto v = m_stack.back();
        m_stack.pop_back();
        return v;
    }
    std::vector<const PickleValue *> popMark()
    {
        if (m_marks.empty())
            fail("no MARK");
        const std::size_t at = m_marks.back();
        m_marks.pop_back();
        std::vector<const PickleValue *> out(m_stack.begin() + static_cast<std::ptrdiff_t>(at), m_stack.end());
        m_stack.resize(at);
        return out;
    }
    PickleValue *mutableTop(Kind kind, const char *op)
    {
        if (m_stack.empty() || m_stack.back()->kind != kind)
            fail(std::string(op) + " on something that is not a " + (kind == Kind::Dict ? "dict" : "list"));
        return const_cast<PickleValue *>(m_stack.back());  // every value lives in m_arena, none is const
    }
    void pushString(Kind kind, std::size_t n)
    {
        auto v = make(kind);
        v->text = std::string(take(n));
        push(v);
    }
    void pushInt(std::int64_t i)
    {
        auto v = make(Kind::Int);
        v->integer = i;
        push(v);
    }
    void pushLong(std::size_t n)
    {
        auto b = take(n);
        if (n <= 8) {
            std::uint64_t u = 0;
            for (std::size_t i = 0; i < n; ++i)
                u |= static_cast<std::uint64_t>(static_cast<unsigned char>(b[i])) << (8 * i);
            if (n > 0 && n < 8 && (static_cast<unsigned char>(b[n - 1]) & 0x80))
                u |= ~std::uint64_t(0) << (8 * n);  // sign extension
            pushInt(static_cast<std::int64_t>(u));
            return;
        }
        auto v = make(Kind::BigInt);
        v->text = std::string(b);
        push(v);
    }
    void tuple(std::vector<const PickleValue *> items)
    {
        auto v = make(Kind::Tuple);
        v->items = std::move(items);
        push(v);
    }
    void global(std::string name)
    {
        if (!allowedGlobal(name))
            fail("it references '" + name + "', which is not a tensor, a storage or a plain container. Mizan loads "
                 "weights only and never runs code from a checkpoint",
                 ErrorCode::Unsupported);
        auto v = make(Kind::Global);
        v->text = std::move(name);
        push(v);
    }
    void memoPut(std::uint64_t index)
    {
        if (m_stack.empty())
            fail("memo store with an empty stack");
        m_memo[index] = m_stack.back();
    }
    void memoGet(std::uint64_t index)
    {
        auto it = m_memo.find(index);
        if (it == m_memo.end())
            fail("memo entry " + std::to_string(index) + " was never stored");
        push(it->second);
    }

    void step(unsigned char op);
    bool pushValue(unsigned char op);
    bool buildContainer(unsigned char op);
    bool memoOrObject(unsigned char op);
    void persistentId();
    void reduce();
    const PickleValue *rebuildTensor(const std::vector<const PickleValue *> &args);

    std::string_view m_bytes;
    std::size_t m_pos;
    std::size_t m_opcodeAt = 0;
    const std::string &m_file;
    std::shared_ptr<std::vector<std::unique_ptr<PickleValue>>> m_arena;
    std::vector<const PickleValue *> m_stack;
    std::vector<std::size_t> m_marks;
    std::unordered_map<std::uint64_t, const PickleValue *> m_memo;
    std::map<std::string, PickleStorageRef> m_storages;

public:
    bool m_truncated = false;
};

} // namespace mizan::detail
