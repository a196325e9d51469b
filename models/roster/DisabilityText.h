#pragma once

#include "core/Domain.h"

#include <QCoreApplication>
#include <QString>

// Disability (残疾) as roster files write it: a kind and a grade in one column or two, in any of the usual
// spellings ("三级（智力）", "智力三级", "视力残疾一级", "精神 3级", "二级肢体", "肢体残疾2级", "多重残疾一级", "无"),
// and the second-generation certificate number (第二代残疾人证号): the holder's 18-character ID number, the kind
// digit (1 视力 2 听力 3 言语 4 肢体 5 智力 6 精神 7 多重) and the grade digit (1–4), sometimes followed by a
// reissue suffix ("B1").
class DisabilityText
{
    Q_DECLARE_TR_FUNCTIONS(DisabilityText)

public:
    // The column a text is in: a lone digit is a kind code in a kind column, a grade elsewhere.
    enum class Role { Combined, Kind, Grade };

    struct Reading
    {
        Domain::DisabilityKind kind = Domain::DisabilityKind::None; // None: no kind named
        Domain::DisabilityGrade grade = Domain::DisabilityGrade::None; // None: no grade named
        bool none = false; // says there is no disability: empty, 无, 否, 没有, 无残疾 …
        bool unknownWords = false; // words beside the kind and grade that the program cannot place
        // Neither "none" nor a kind or grade: nothing the program can place.
        bool isUnknown() const
        {
            return !none && kind == Domain::DisabilityKind::None && grade == Domain::DisabilityGrade::None;
        }
    };
    // Cheap (no regular expressions), but callers reading many rows remember the texts they have read.
    static Reading read(const QString &text, Role role = Role::Combined);
    // The form texts are compared in and value mappings keyed by: no spaces, full-width characters folded.
    static QString normalise(const QString &text);

    struct Certificate
    {
        enum class Problem { None, Format, KindDigit, GradeDigit };
        QString number; // as stored: upper-case, no spaces
        QString idNumber; // its first 18 characters
        Domain::DisabilityKind kind = Domain::DisabilityKind::None;
        Domain::DisabilityGrade grade = Domain::DisabilityGrade::None;
        QString suffix; // after the grade digit: a reissue (B1)
        Problem problem = Problem::Format;
        bool isValid() const { return problem == Problem::None; }
        // Why it cannot be read, in the clerk's words (translated); empty when valid.
        QString problemText() const;
    };
    static Certificate readCertificate(const QString &text);

    // 智力残疾三级: the labels of a kind and grade together.
    static QString describe(Domain::DisabilityKind kind, Domain::DisabilityGrade grade);
};
