#include "core/NameOrder.h"

#include <memory>
#include <unicode/ucol.h>

namespace {

struct CollatorClose
{
    void operator()(UCollator *collator) const { ucol_close(collator); }
};

// One collator per thread: an ICU collator is not to be shared between threads.
UCollator *collator()
{
    thread_local const std::unique_ptr<UCollator, CollatorClose> zh = [] {
        UErrorCode status = U_ZERO_ERROR;
        UCollator *c = ucol_open("zh", &status); // zh: pinyin order
        if (U_FAILURE(status)) {
            status = U_ZERO_ERROR;
            c = ucol_open("", &status); // ICU's data without Chinese: the root order, never a crash
        }
        return std::unique_ptr<UCollator, CollatorClose>(U_SUCCESS(status) ? c : nullptr);
    }();
    return zh.get();
}

} // namespace

QByteArray NameOrder::key(QStringView name)
{
    UCollator *c = collator();
    if (name.isEmpty() || !c)
        return name.toUtf8();
    QByteArray key(qMax<qsizetype>(32, name.size() * 8), Qt::Uninitialized);
    const auto length = int32_t(name.size());
    int32_t size
        = ucol_getSortKey(c, name.utf16(), length, reinterpret_cast<uint8_t *>(key.data()), int32_t(key.size()));
    if (size > key.size()) {
        key.resize(size);
        size = ucol_getSortKey(c, name.utf16(), length, reinterpret_cast<uint8_t *>(key.data()), int32_t(key.size()));
    }
    key.resize(qMax(0, size - 1)); // without the terminating zero byte
    return key;
}
