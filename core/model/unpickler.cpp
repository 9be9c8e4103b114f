// The restricted unpickler's opcodes (see unpickler.h).
#include "model/unpickler.h"

#include <cstring>

namespace mizan::detail {

std::optional<DType> storageDtype(std::string_view global)
{
    static const std::map<std::string_view, DType> kStorages = {
        {"torch.FloatStorage", DType::F32}, {"torch.HalfStorage", DType::F16},  {"torch.BFloat16Storage", DType::BF16},
        {"torch.DoubleStorage", DType::F64}, {"torch.LongStorage", DType::I64}, {"torch.IntStorage", DType::I32},
        {"torch.ShortStorage", DType::I16}, {"torch.CharStorage", DType::I8},   {"torch.ByteStorage", DType::U8},
        {"torch.BoolStorage", DType::Bool},
    };
    auto it = kStorages.find(global);
    if (it == kStorages.end())
        return std::nullopt;
    return it->second;
}

bool allowedGlobal(const std::string &name)
{
    return name == "torch._utils._rebuild_tensor_v2" || name == "torch._utils._rebuild_parameter" ||
           name == "collections.OrderedDict" || storageDtype(name).has_value();
}

// Opcodes that push a value (or only read the stream): marks, constants, numbers, strings.
bool Unpickler::pushValue(unsigned char op)
{
    switch (op) {
    case 0x80: take(1); break;                       // PROTO
    case 0x95: take(8); break;                       // FRAME (framing is only a hint)
    case '(': m_marks.push_back(m_stack.size()); break;
    case '0': pop(); break;
    case '1': popMark(); break;
    case '2': { auto v = pop(); push(v); push(v); break; }
    case 'N': push(make(Kind::None)); break;
    case 0x88: case 0x89: { auto v = make(Kind::Bool); v->boolean = op == 0x88; push(v); break; }
    case 'J': pushInt(static_cast<std::int32_t>(unsignedLE(4))); break;
    case 'K': pushInt(static_cast<std::int64_t>(unsignedLE(1))); break;
    case 'M': pushInt(static_cast<std::int64_t>(unsignedLE(2))); break;
    case 0x8a: pushLong(unsignedLE(1)); break;       // LONG1
    case 0x8b: pushLong(unsignedLE(4)); break;       // LONG4
    case 'G': {                                      // BINFLOAT, big-endian
        auto b = take(8);
        std::uint64_t u = 0;
        for (int i = 0; i < 8; ++i)
            u = (u << 8) | static_cast<unsigned char>(b[i]);
        auto v = make(Kind::Float);
        std::memcpy(&v->number, &u, 8);
        push(v);
        break;
    }
    case 'X': pushString(Kind::String, unsignedLE(4)); break;
    case 0x8c: pushString(Kind::String, unsignedLE(1)); break;
    case 0x8d: pushString(Kind::String, unsignedLE(8)); break;
    case 'T': pushString(Kind::String, unsignedLE(4)); break;   // BINSTRING (Python 2 str)
    case 'U': pushString(Kind::String, unsignedLE(1)); break;
    case 'B': pushString(Kind::Bytes, unsignedLE(4)); break;
    case 'C': pushString(Kind::Bytes, unsignedLE(1)); break;
    case 0x8e: pushString(Kind::Bytes, unsignedLE(8)); break;
    default: return false;
    }
    return true;
}

// Opcodes that build or fill tuples, lists and dictionaries.
bool Unpickler::buildContainer(unsigned char op)
{
    switch (op) {
    case ')': tuple({}); break;
    case 't': tuple(popMark()); break;
    case 0x85: { auto a = pop(); tuple({a}); break; }
    case 0x86: { auto b = pop(), a = pop(); tuple({a, b}); break; }
    case 0x87: { auto c = pop(), b = pop(), a = pop(); tuple({a, b, c}); break; }
    case ']': push(make(Kind::List)); break;
    case '}': push(make(Kind::Dict)); break;
    case 'l': { auto items = popMark(); auto v = make(Kind::List); v->items = std::move(items); push(v); break; }
    case 'd': {
        auto items = popMark();
        if (items.size() % 2)
            fail("DICT with an odd number of items");
        auto v = make(Kind::Dict);
        for (std::size_t i = 0; i < items.size(); i += 2)
            v->entries.emplace_back(items[i], items[i + 1]);
        push(v);
        break;
    }
    case 'a': { auto x = pop(); mutableTop(Kind::List, "APPEND")->items.push_back(x); break; }
    case 'e': {
        auto xs = popMark();
        auto l = mutableTop(Kind::List, "APPENDS");
        l->items.insert(l->items.end(), xs.begin(), xs.end());
        break;
    }
    case 's': { auto v = pop(), k = pop(); mutableTop(Kind::Dict, "SETITEM")->entries.emplace_back(k, v); break; }
    case 'u': {
        auto xs = popMark();
        if (xs.size() % 2)
            fail("SETITEMS with an odd number of items");
        auto d = mutableTop(Kind::Dict, "SETITEMS");
        for (std::size_t i = 0; i < xs.size(); i += 2)
            d->entries.emplace_back(xs[i], xs[i + 1]);
        break;
    }
    default: return false;
    }
    return true;
}

// The memo, globals, persistent ids, REDUCE and BUILD.
bool Unpickler::memoOrObject(unsigned char op)
{
    switch (op) {
    case 'q': memoPut(unsignedLE(1)); break;
    case 'r': memoPut(unsignedLE(4)); break;
    case 0x94: memoPut(m_memo.size()); break;        // MEMOIZE
    case 'h': memoGet(unsignedLE(1)); break;
    case 'j': memoGet(unsignedLE(4)); break;
    case 'c': { auto module = line(); global(module + "." + line()); break; }
    case 0x93: {                                     // STACK_GLOBAL
        auto name = pop(), module = pop();
        if (name->kind != Kind::String || module->kind != Kind::String)
            fail("STACK_GLOBAL needs two strings");
        global(module->text + "." + name->text);
        break;
    }
    case 'Q': persistentId(); break;
    case 'R': reduce(); break;
    case 'b': {                                      // BUILD: only the attributes of an OrderedDict (_metadata)
        pop();
        mutableTop(Kind::Dict, "BUILD");
        break;
    }
    default: return false;
    }
    return true;
}

void Unpickler::step(unsigned char op)
{
    if (pushValue(op) || buildContainer(op) || memoOrObject(op))
        return;
    static const char *hex = "0123456789abcdef";
    fail(std::string("opcode 0x") + hex[op >> 4] + hex[op & 15] + " is not allowed in a weights-only checkpoint",
         ErrorCode::Unsupported);
}

void Unpickler::persistentId()
{
    const PickleValue *pid = pop();
    const auto &t = pid->items;
    if (pid->kind != Kind::Tuple || t.size() < 5 || t[0]->kind != Kind::String || t[0]->text != "storage" ||
        t[1]->kind != Kind::Global || !storageDtype(t[1]->text) || t[2]->kind != Kind::String ||
        t[4]->kind != Kind::Int || t[4]->integer < 0)
        fail("a persistent id that is not ('storage', type, key, location, size)");
    if (t.size() > 5 && t[5]->kind != Kind::None)
        fail("storage views of the pre-0.4 format are not supported", ErrorCode::Unsupported);
    PickleStorageRef ref{t[2]->text, *storageDtype(t[1]->text), static_cast<std::uint64_t>(t[4]->integer)};
    auto [it, inserted] = m_storages.emplace(ref.key, ref);
    if (!inserted && (it->second.dtype != ref.dtype || it->second.numel != ref.numel))
        fail("storage '" + ref.key + "' is declared twice with different types or sizes");
    auto v = make(Kind::Storage);
    v->storage = ref;
    push(v);
}

void Unpickler::reduce()
{
    const PickleValue *args = pop();
    const PickleValue *callable = pop();
    if (callable->kind != Kind::Global || args->kind != Kind::Tuple)
        fail("REDUCE of something that is not an allowed function");
    const std::string &name = callable->text;
    if (name == "collections.OrderedDict") {
        if (!args->items.empty())
            fail("OrderedDict built from arguments");
        push(make(Kind::Dict));
    } else if (name == "torch._utils._rebuild_tensor_v2") {
        push(rebuildTensor(args->items));
    } else if (name == "torch._utils._rebuild_parameter") {
        if (args->items.empty() || args->items[0]->kind != Kind::Tensor)
            fail("_rebuild_parameter without a tensor");
        push(args->items[0]);
    } else {
        fail("'" + name + "' cannot be called", ErrorCode::Unsupported);
    }
}

const PickleValue *Unpickler::rebuildTensor(const std::vector<const PickleValue *> &a)
{
    auto ints = [&](const PickleValue *v, const char *what) {
        if (v->kind != Kind::Tuple)
            fail(std::string("a tensor's ") + what + " is not a tuple");
        std::vector<std::int64_t> out;
        for (const PickleValue *x : v->items) {
            if (x->kind != Kind::Int || x->integer < 0)
                fail(std::string("a tensor's ") + what + " holds a negative or non-integer value");
            out.push_back(x->integer);
        }
        return out;
    };
    if (a.size() < 4 || a[0]->kind != Kind::Storage || a[1]->kind != Kind::Int || a[1]->integer < 0)
        fail("_rebuild_tensor_v2 without (storage, offset, size, stride, ...)");
    PickleTensor t;
    t.storageKey = a[0]->storage.key;
    t.dtype = a[0]->storage.dtype;
    t.storageNumel = a[0]->storage.numel;
    t.storageOffset = a[1]->integer;
    t.shape = ints(a[2], "size");
    t.strides = ints(a[3], "stride");
    if (t.shape.size() != t.strides.size())
        fail("a tensor's size and stride have different lengths");
    // The view must lie inside the storage: offset + sum((size - 1) * stride) < numel, every
    // product checked against overflow (2^62 elements is far beyond any file).
    constexpr std::uint64_t kLimit = std::uint64_t(1) << 62;
    std::uint64_t last = static_cast<std::uint64_t>(t.storageOffset), numel = 1;
    for (std::size_t i = 0; i < t.shape.size(); ++i) {
        const auto size = static_cast<std::uint64_t>(t.shape[i]), stride = static_cast<std::uint64_t>(t.strides[i]);
        if (size != 0 && numel > kLimit / size)
            fail("a tensor's size is impossibly large");
        numel *= size;
        if (size > 0 && stride != 0) {
            if (size - 1 > kLimit / stride || last > kLimit - (size - 1) * stride)
                fail("a tensor's strides reach impossibly far");
            last += (size - 1) * stride;
        }
    }
    if (last > kLimit)
        fail("a tensor's storage offset is impossibly large");
    if (numel > 0 && last >= a[0]->storage.numel)
        fail("a tensor of size " + shapeToString(t.shape) + " does not fit its storage '" + t.storageKey + "' of " +
             std::to_string(a[0]->storage.numel) + " elements");
    auto v = make(Kind::Tensor);
    v->tensor = std::move(t);
    return v;
}

} // namespace mizan::detail
