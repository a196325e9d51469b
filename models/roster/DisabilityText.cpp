#include "roster/DisabilityText.h"

#include <QStringList>

using namespace Domain;
using Kind = DisabilityKind;
using Grade = DisabilityGrade;

namespace {

QChar fold(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= 0xFF01 && u <= 0xFF5E) // full-width ASCII: digits, letters, brackets
        return QChar(char16_t(u - 0xFEE0));
    return c;
}

// Brackets and separators say nothing about a disability: 三级（智力）, 肢体/二级, 精神-3级.
bool isPunctuation(QChar c)
{
    return QStringView(u"()[]{}【】〔〕<>《》、,，;；:：/\\-—_.。·'\"“”").contains(c);
}

struct KindWord
{
    const char16_t *word;
    Kind kind;
};

// Longest first, so that 言语 is taken before 语 and 视力 before 视.
const KindWord kKindWords[] = {
    {u"多重残疾", Kind::Multiple},
    {u"其他残疾", Kind::Other},
    {u"多重", Kind::Multiple},
    {u"低视力", Kind::Visual},
    {u"视力", Kind::Visual},
    {u"听力", Kind::Hearing},
    {u"言语", Kind::Speech},
    {u"语言", Kind::Speech},
    {u"肢体", Kind::Physical},
    {u"智力", Kind::Intellectual},
    {u"智障", Kind::Intellectual},
    {u"精神", Kind::Mental},
    {u"视", Kind::Visual},
    {u"盲", Kind::Visual},
    {u"听", Kind::Hearing},
    {u"聋", Kind::Hearing},
    {u"哑", Kind::Speech},
    {u"语", Kind::Speech},
    {u"肢", Kind::Physical},
    {u"智", Kind::Intellectual},
};

const char16_t *const kNoneWords[]
    = {u"无", u"否", u"没有", u"无残疾", u"非残疾", u"非残疾人", u"不是", u"正常", u"健全", u"健康", u"0", u"N", u"NO"};

int gradeOf(QChar c)
{
    switch (c.unicode()) {
    case u'1':
    case u'一':
    case u'壹':
    case u'Ⅰ':
        return 1;
    case u'2':
    case u'二':
    case u'贰':
    case u'Ⅱ':
        return 2;
    case u'3':
    case u'三':
    case u'叁':
    case u'Ⅲ':
        return 3;
    case u'4':
    case u'四':
    case u'肆':
    case u'Ⅳ':
        return 4;
    default:
        return 0;
    }
}

// Takes the grade out of s: a grade character before 级 (三级, 3级, 叁级), Roman numerals before 级 (IV级),
// or a lone grade character.
int takeGrade(QString &s, bool besideKind)
{
    static const std::pair<const char16_t *, int> roman[] = {{u"IV级", 4}, {u"III级", 3}, {u"II级", 2}, {u"I级", 1}};
    for (const auto &[word, grade] : roman) {
        const qsizetype at = s.indexOf(QStringView(word));
        if (at >= 0) {
            s.remove(at, qsizetype(std::char_traits<char16_t>::length(word)));
            return grade;
        }
    }
    for (qsizetype i = 0; i < s.size(); ++i) {
        const int g = gradeOf(s[i]);
        if (g > 0 && i + 1 < s.size() && s[i + 1] == u'级') {
            s.remove(i, 2);
            return g;
        }
    }
    if (s.size() == 1 && gradeOf(s[0]) > 0) {
        const int g = gradeOf(s[0]);
        s.clear();
        return g;
    }
    // 肢体2, 二肢体: a grade character left beside a kind once the kind is out.
    for (qsizetype i = 0; besideKind && i < s.size(); ++i) {
        if (const int g = gradeOf(s[i]); g > 0) {
            s.remove(i, 1);
            return g;
        }
    }
    return 0;
}

} // namespace

QString DisabilityText::normalise(const QString &text)
{
    QString s;
    s.reserve(text.size());
    for (QChar c : text) {
        if (!c.isSpace())
            s.append(fold(c));
    }
    return s;
}

DisabilityText::Reading DisabilityText::read(const QString &text, Role role)
{
    Reading r;
    QString s;
    s.reserve(text.size());
    for (QChar c : text) {
        if (c.isSpace())
            continue;
        c = fold(c);
        if (!isPunctuation(c))
            s.append(c.isLower() && c.unicode() < 128 ? c.toUpper() : c);
    }
    for (const char16_t *w : kNoneWords) {
        if (s == QStringView(w)) {
            r.none = true;
            return r;
        }
    }
    if (s.isEmpty()) {
        r.none = true;
        return r;
    }
    // The labels, keys and English names this program writes (视力残疾, physical, 三级, 3级).
    if (role != Role::Grade && fromText(s, &r.kind)) {
        r.none = r.kind == Kind::None;
        return r;
    }
    // A kind code (1–7, as in a certificate) in a kind column.
    if (role == Role::Kind && s.size() == 1 && s[0] >= u'1' && s[0] <= u'7') {
        r.kind = Kind(s[0].unicode() - u'0');
        return r;
    }
    if (fromText(s, &r.grade)) {
        r.none = r.grade == Grade::None;
        return r;
    }
    int kinds = 0;
    for (const KindWord &k : kKindWords) {
        const QStringView word(k.word);
        const qsizetype at = s.indexOf(word);
        if (at < 0)
            continue;
        s.remove(at, word.size());
        if (r.kind != k.kind) {
            r.kind = kinds == 0 ? k.kind : Kind::Multiple; // 听力言语: two kinds are a multiple disability
            ++kinds;
        }
    }
    if (const int g = takeGrade(s, kinds > 0); g > 0)
        r.grade = Grade(g);
    // Words that carry nothing once the kind and grade are taken out.
    static const QStringList noise = {QStringLiteral("残疾人"), QStringLiteral("残疾"), QStringLiteral("等级"),
        QStringLiteral("级别"), QStringLiteral("类别"), QStringLiteral("类型"), QStringLiteral("残"),
        QStringLiteral("疾"), QStringLiteral("类"), QStringLiteral("级")};
    for (const QString &n : noise)
        s.remove(n);
    r.unknownWords = !s.isEmpty();
    return r;
}

DisabilityText::Certificate DisabilityText::readCertificate(const QString &text)
{
    Certificate c;
    for (QChar ch : text) {
        if (!ch.isSpace())
            c.number.append(fold(ch).toUpper());
    }
    const QString &n = c.number;
    if (n.size() < 20 || n.size() > 24)
        return c;
    for (int i = 0; i < 20; ++i) {
        const bool digit = n[i] >= u'0' && n[i] <= u'9';
        if (!digit && !(i == 17 && n[i] == u'X'))
            return c;
    }
    for (qsizetype i = 20; i < n.size(); ++i) {
        if (!n[i].isLetterOrNumber() || n[i].unicode() >= 128)
            return c;
    }
    c.idNumber = n.left(18);
    c.suffix = n.mid(20);
    const int kind = n[18].unicode() - u'0';
    const int grade = n[19].unicode() - u'0';
    if (kind < 1 || kind > 7) {
        c.problem = Certificate::Problem::KindDigit;
        return c;
    }
    if (grade < 1 || grade > 4) {
        c.problem = Certificate::Problem::GradeDigit;
        return c;
    }
    c.kind = Kind(kind);
    c.grade = Grade(grade);
    c.problem = Certificate::Problem::None;
    return c;
}

QString DisabilityText::Certificate::problemText() const
{
    switch (problem) {
    case Problem::None:
        return {};
    case Problem::Format:
        return tr("is not a second-generation disability certificate number (the 18-character ID number, the kind "
                  "digit and the grade digit)");
    case Problem::KindDigit:
        return tr("the kind digit %1 of the certificate number is not 1 to 7").arg(number.mid(18, 1));
    case Problem::GradeDigit:
        return tr("the grade digit %1 of the certificate number is not 1 to 4").arg(number.mid(19, 1));
    }
    return {};
}

QString DisabilityText::describe(Kind kind, Grade grade)
{
    if (kind == Kind::None && grade == Grade::None)
        return zhLabel(Kind::None);
    QString s = kind == Kind::None ? QString() : zhLabel(kind);
    if (grade != Grade::None)
        s += zhLabel(grade);
    return s;
}
