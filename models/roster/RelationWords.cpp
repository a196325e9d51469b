#include "roster/RelationWords.h"

#include <QHash>

using namespace Domain;
using R = Relation;

namespace {

struct Code
{
    const char *code;
    const char *name;
    Relation relation;
};

// GB/T 4761-2008 家庭关系代码. In-laws of grandchildren, great-grandchildren and great-grandparents (45–48,
// 65–68) are not the close relatives (近亲属) the procedure asks about: they count as other relatives.
// clang-format off
const Code kCodes[] = {
    {"01", "本人", R::Head}, {"02", "户主", R::Head},
    {"10", "配偶", R::Spouse}, {"11", "夫", R::Spouse}, {"12", "妻", R::Spouse},
    {"20", "子", R::Son}, {"21", "独生子", R::Son}, {"22", "长子", R::Son}, {"23", "次子", R::Son},
    {"24", "三子", R::Son}, {"25", "四子", R::Son}, {"26", "五子", R::Son}, {"27", "养子或继子", R::Son},
    {"28", "女婿", R::SonInLaw}, {"29", "其他儿子", R::Son},
    {"30", "女", R::Daughter}, {"31", "独生女", R::Daughter}, {"32", "长女", R::Daughter}, {"33", "次女", R::Daughter},
    {"34", "三女", R::Daughter}, {"35", "四女", R::Daughter}, {"36", "五女", R::Daughter},
    {"37", "养女或继女", R::Daughter}, {"38", "儿媳", R::DaughterInLaw}, {"39", "其他女儿", R::Daughter},
    {"40", "孙子、孙女、外孙子、外孙女", R::Grandchild}, {"41", "孙子", R::Grandson}, {"42", "孙女", R::Granddaughter},
    {"43", "外孙子", R::Grandson}, {"44", "外孙女", R::Granddaughter}, {"45", "孙媳妇或外孙媳妇", R::Relative},
    {"46", "孙女婿或外孙女婿", R::Relative}, {"47", "曾孙子或外曾孙子", R::Relative},
    {"48", "曾孙女或外曾孙女", R::Relative}, {"49", "其他孙子女", R::Grandchild},
    {"50", "父母", R::Parent}, {"51", "父亲", R::Father}, {"52", "母亲", R::Mother}, {"53", "公公", R::ParentInLaw},
    {"54", "婆婆", R::ParentInLaw}, {"55", "岳父", R::ParentInLaw}, {"56", "岳母", R::ParentInLaw},
    {"57", "继父或养父", R::Father}, {"58", "继母或养母", R::Mother}, {"59", "其他父母关系", R::Parent},
    {"60", "祖父母、外祖父母", R::Grandparent}, {"61", "祖父", R::Grandfather}, {"62", "祖母", R::Grandmother},
    {"63", "外祖父", R::Grandfather}, {"64", "外祖母", R::Grandmother}, {"65", "配偶的祖父母", R::Relative},
    {"66", "曾祖父", R::Relative}, {"67", "曾祖母", R::Relative}, {"68", "配偶的曾祖父母", R::Relative},
    {"69", "其他祖父母", R::Grandparent},
    {"70", "兄弟姐妹", R::Sibling}, {"71", "兄", R::Sibling}, {"72", "嫂", R::SiblingInLaw}, {"73", "弟", R::Sibling},
    {"74", "弟媳", R::SiblingInLaw}, {"75", "姐姐", R::Sibling}, {"76", "姐夫", R::SiblingInLaw},
    {"77", "妹妹", R::Sibling}, {"78", "妹夫", R::SiblingInLaw}, {"79", "其他兄弟姐妹", R::Sibling},
    {"80", "其他", R::Relative}, {"81", "伯父", R::Relative}, {"82", "伯母", R::Relative}, {"83", "叔父", R::Relative},
    {"84", "婶母", R::Relative}, {"85", "舅父", R::Relative}, {"86", "舅母", R::Relative}, {"87", "姨夫", R::Relative},
    {"88", "姨母", R::Relative}, {"89", "姑父", R::Relative}, {"90", "姑母", R::Relative},
    {"91", "堂兄弟姐妹", R::Relative}, {"92", "表兄弟姐妹", R::Relative}, {"93", "侄子", R::Relative},
    {"94", "侄女", R::Relative}, {"95", "外甥", R::Relative}, {"96", "外甥女", R::Relative},
    {"97", "其他亲属", R::Relative}, {"99", "非亲属", R::NonRelative},
    // The one-digit codes (大类).
    {"0", "本人或户主", R::Head}, {"1", "配偶", R::Spouse}, {"2", "子", R::Son}, {"3", "女", R::Daughter},
    {"4", "孙子女", R::Grandchild}, {"5", "父母", R::Parent}, {"6", "祖父母", R::Grandparent},
    {"7", "兄弟姐妹", R::Sibling}, {"8", "其他", R::Relative},
};

struct Word
{
    const char *words; // '|'-separated
    Relation relation;
};

// The words clerks write, beside the labels and the names of the codes above.
const Word kWords[] = {
    {"户主|本人|户主本人|申请人|本人户主", R::Head},
    {"配偶|妻子|丈夫|夫|妻|夫妻|爱人|老伴|老婆|妻室|夫妻关系|之妻|之夫", R::Spouse},
    {"子|儿子|长子|次子|三子|四子|五子|六子|幼子|小儿子|大儿子|二儿子|三儿子|二子|独生子|独子|养子|继子|"
     "养子或继子|其他儿子|儿|之子|男孩", R::Son},
    {"女|女儿|长女|次女|三女|四女|五女|六女|幼女|小女儿|大女儿|二女儿|三女儿|二女|独生女|养女|继女|养女或继女|"
     "其他女儿|之女|女孩", R::Daughter},
    {"女婿|上门女婿|入赘女婿", R::SonInLaw},
    {"儿媳|儿媳妇|媳妇|媳|长媳|次媳|大儿媳|二儿媳|之媳", R::DaughterInLaw},
    {"子女|儿女|子或女|子/女", R::Child},
    {"父母|父或母|父母亲|其他父母关系", R::Parent},
    {"父亲|父|爸爸|爸|继父|养父|继父或养父", R::Father},
    {"母亲|母|妈妈|妈|继母|养母|继母或养母", R::Mother},
    {"公公|婆婆|岳父|岳母|公婆|岳父母|配偶的父母|配偶父母|丈人|丈母娘|老丈人|家公|家婆", R::ParentInLaw},
    {"孙子|孙|长孙|次孙|外孙|外孙子|孙儿", R::Grandson},
    {"孙女|长孙女|次孙女|外孙女", R::Granddaughter},
    {"孙子女|外孙子女|孙辈|孙子孙女|孙子或孙女|孙子、孙女|孙子、孙女、外孙子、外孙女|其他孙子女", R::Grandchild},
    {"祖父|爷爷|外祖父|外公|姥爷", R::Grandfather},
    {"祖母|奶奶|外祖母|外婆|姥姥|祖母、外祖母", R::Grandmother},
    {"祖父母|外祖父母|祖父母、外祖父母|祖父母和外祖父母|爷爷奶奶|外公外婆|其他祖父母", R::Grandparent},
    {"兄弟姐妹|兄|弟|姐|妹|哥哥|哥|弟弟|姐姐|妹妹|兄弟|姐妹|兄妹|姐弟|胞兄|胞弟|胞姐|胞妹|长兄|大哥|二哥|大姐|二姐|"
     "其他兄弟姐妹", R::Sibling},
    {"兄弟姐妹的配偶|嫂|嫂子|大嫂|二嫂|弟媳|弟媳妇|弟妹|姐夫|妹夫|嫂嫂", R::SiblingInLaw},
    {"其他亲属|亲属|亲戚|伯父|伯伯|大伯|伯母|叔叔|叔父|叔|婶婶|婶母|婶|舅舅|舅父|舅|舅母|舅妈|姑姑|姑母|姑|姑父|"
     "姑丈|姨|姨母|姨妈|阿姨|姨夫|姨父|侄子|侄儿|侄女|外甥|外甥女|侄孙|侄孙子|侄孙女|堂兄|堂弟|堂姐|堂妹|"
     "堂兄弟|堂姐妹|堂兄弟姐妹|表兄|表弟|表姐|表妹|表兄弟|表姐妹|表兄弟姐妹|曾孙|曾孙子|曾孙女|重孙|重孙子|"
     "重孙女|外曾孙|外曾孙子|外曾孙女|曾祖父|曾祖母|曾祖父母|孙媳|孙媳妇|孙女婿|外孙媳妇|外孙女婿|"
     "配偶的祖父母|叔伯|伯叔", R::Relative},
    {"非亲属|无亲属关系|非亲属关系|朋友|保姆|寄养|寄住|借住", R::NonRelative},
};
// clang-format on

QChar fold(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= 0xFF10 && u <= 0xFF19) // full-width digits
        return QChar(char16_t(u'0' + (u - 0xFF10)));
    if (u == 0xFF08)
        return u'(';
    if (u == 0xFF09)
        return u')';
    if (u == 0x3001 || u == 0xFF0C || u == u',')
        return QChar(0x3001); // 、 ，and , alike
    return c;
}

bool allDigits(QStringView s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

struct Tables
{
    QHash<QString, Relation> words;
    QHash<QString, int> codes; // code → index in kCodes
};

const Tables &tables()
{
    static const Tables t = [] {
        Tables out;
        for (const Word &w : kWords) {
            for (const QString &word : QString::fromUtf8(w.words).split(u'|', Qt::SkipEmptyParts))
                out.words.insert(RelationWords::normalise(word), w.relation);
        }
        for (int i = 0; i < int(std::size(kCodes)); ++i) {
            out.codes.insert(QString::fromLatin1(kCodes[i].code), i);
            // A code's name is a word too (配偶的父母 is a label, 孙子、孙女、外孙子、外孙女 a name).
            const QString name = RelationWords::normalise(QString::fromUtf8(kCodes[i].name));
            if (!out.words.contains(name))
                out.words.insert(name, kCodes[i].relation);
        }
        for (Relation r : allValues<Relation>())
            out.words.insert(zhLabel(r), r);
        return out;
    }();
    return t;
}

// A word, or the key or English label of a kind (what this program's own files hold).
bool fromWord(const QString &s, Relation *out)
{
    const Tables &t = tables();
    if (const auto it = t.words.constFind(s); it != t.words.constEnd()) {
        *out = *it;
        return true;
    }
    return fromText(s, out);
}

bool isPlainLabel(const QString &normalised, Relation r)
{
    return normalised == zhLabel(r) || normalised == key(r) || normalised.compare(enLabel(r), Qt::CaseInsensitive) == 0;
}

} // namespace

QString RelationWords::normalise(const QString &text)
{
    QString s;
    s.reserve(text.size());
    for (QChar c : text) {
        if (c.isSpace())
            continue;
        s.append(fold(c));
    }
    // A numeric cell some writers give as 10.0.
    if (s.size() > 2 && s.endsWith(QLatin1String(".0")) && allDigits(QStringView(s).chopped(2)))
        s.chop(2);
    return s;
}

QString RelationWords::codeName(const QString &code)
{
    const Tables &t = tables();
    const auto it = t.codes.constFind(normalise(code));
    return it == t.codes.constEnd() ? QString() : QString::fromUtf8(kCodes[*it].name);
}

RelationWords::Reading RelationWords::read(const QString &text)
{
    Reading r;
    const QString s = normalise(text);
    if (s.isEmpty())
        return r;
    const Tables &t = tables();
    // A code alone: kept as its name and the code.
    if (allDigits(s)) {
        if (const auto it = t.codes.constFind(s); it != t.codes.constEnd()) {
            r.relation = kCodes[*it].relation;
            r.known = true;
            r.kept = QStringLiteral("%1（%2）").arg(QString::fromUtf8(kCodes[*it].name), s);
        }
        return r;
    }
    const QString written = text.trimmed();
    if (fromWord(s, &r.relation)) {
        r.known = true;
        if (!isPlainLabel(s, r.relation))
            r.kept = written;
        return r;
    }
    // A word and its code together: 长子（22）, 22长子, 22-长子, 22 长子.
    QString word = s;
    QString code;
    if (word.endsWith(u')')) {
        const qsizetype open = word.lastIndexOf(u'(');
        if (open > 0) {
            code = word.mid(open + 1, word.size() - open - 2);
            word.truncate(open);
        }
    } else {
        qsizetype digits = 0;
        while (digits < word.size() && word[digits].isDigit())
            ++digits;
        if (digits > 0 && digits <= 2) {
            code = word.left(digits);
            word = word.mid(digits);
            while (!word.isEmpty() && (word.front() == u'-' || word.front() == u'.' || word.front() == QChar(0x3001)))
                word.remove(0, 1);
        }
    }
    if (code.isEmpty() || word.isEmpty())
        return r;
    Relation byWord = Relation::Other;
    const bool wordKnown = fromWord(word, &byWord);
    const auto byCode = allDigits(code) ? t.codes.constFind(code) : t.codes.constEnd();
    if (!wordKnown && byCode == t.codes.constEnd())
        return r;
    // A code is unambiguous (其他（80）is another relative, the word alone is 其他).
    r.relation = byCode != t.codes.constEnd() ? kCodes[*byCode].relation : byWord;
    r.known = true;
    r.kept = written;
    return r;
}
