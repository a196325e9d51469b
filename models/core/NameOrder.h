#pragma once

#include <QByteArray>
#include <QStringView>

// Names in the order a Chinese reader looks for them: by pinyin (陈 chén, 李 lǐ, 王 wáng, 张 zhāng), as the zh
// collation of ICU orders them. key() gives bytes whose plain byte order (SQLite's order of BLOBs) is that order,
// so the database sorts thousands of households by name without calling back into the program.
namespace NameOrder {

// The collation key of a name; empty for an empty name. Safe on any thread.
QByteArray key(QStringView name);

} // namespace NameOrder
