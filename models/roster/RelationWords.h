#pragma once

#include "core/Domain.h"

#include <QString>

// The words and codes roster files use for a member's relation to the head (与户主关系), and the kind each one is:
// the group words (子女, 父母, 孙子女), the specific ones (长子, 儿媳, 外孙女, 岳母, 嫂子, 侄子) and the
// family-relation codes of GB/T 4761-2008, two-digit (01 本人 … 22 长子 … 99 非亲属) and one-digit (0 本人或户主 … 8
// 其他).
//
// What a member keeps (Person::relationText): a word as the file wrote it, unless it is the plain label of its kind
// (配偶, 子, 女婿 keep nothing); a code as its GB/T 4761 name with the code in brackets, "长子（22）", "配偶（10）",
// so the clerk reads the word and the source system's code is not lost. Both read back to the same kind.
class RelationWords
{
public:
    struct Reading
    {
        Domain::Relation relation = Domain::Relation::Other;
        bool known = false; // false: neither a word nor a code the program knows (relation stays Other)
        QString kept; // what Person::relationText keeps (empty: the label of `relation` says it all)
    };

    // Reads a cell's text. Cheap: a hash lookup after folding full-width characters and spaces.
    static Reading read(const QString &text);
    // The form words are compared in (and value mappings are keyed by): no spaces, full-width digits and
    // brackets folded, a numeric code's ".0" dropped.
    static QString normalise(const QString &text);
    // The GB/T 4761 name of a code ("22" → 长子, "4" → 孙子女); empty when it is not one.
    static QString codeName(const QString &code);
};
