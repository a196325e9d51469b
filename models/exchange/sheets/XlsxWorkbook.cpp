#include "exchange/sheets/XlsxWorkbook.h"

#include "exchange/sheets/XlsxExpat.h"

#include <QHash>
#include <QUrl>

namespace {

struct Relationship
{
    QString type;
    QString target;
};

bool typeIs(const QString &type, QLatin1StringView last)
{
    return type.endsWith(u'/' + QString(last));
}

QString folderOf(const QString &part)
{
    const qsizetype slash = part.lastIndexOf(u'/');
    return slash < 0 ? QString() : part.left(slash);
}

} // namespace

QString XlsxWorkbook::resolveTarget(const QString &baseFolder, const QString &target)
{
    QString path = QUrl::fromPercentEncoding(target.toUtf8());
    path.replace(u'\\', u'/');
    if (!path.startsWith(u'/') && !baseFolder.isEmpty())
        path = baseFolder + u'/' + path;
    QStringList parts;
    for (const QString &segment : path.split(u'/', Qt::SkipEmptyParts)) {
        if (segment == u"..") {
            if (!parts.isEmpty())
                parts.removeLast();
        } else if (segment != u".") {
            parts.append(segment);
        }
    }
    return parts.join(u'/');
}

bool XlsxWorkbook::readPart(XlsxZip &zip, const QString &part, qint64 *budget, QByteArray *data)
{
    m_status = zip.readAll(part, *budget, data);
    if (m_status != XlsxZip::Status::Ok) {
        m_failedPart = part;
        return false;
    }
    *budget -= data->size();
    return true;
}

bool XlsxWorkbook::load(XlsxZip &zip, qint64 *budget)
{
    m_sheets.clear();
    m_date1904 = false;
    m_status = XlsxZip::Status::Ok;
    m_failedPart.clear();
    m_detail.clear();

    // The package relationships name the workbook part; xl/workbook.xml when they are absent.
    auto parseRelationships = [this](const QByteArray &xml, const QString &part, QHash<QString, Relationship> *out) {
        const bool ok = XlsxExpat::parse(
            xml,
            [out](const XlsxExpat::Element &element) {
                if (element.name == "Relationship" && element.attribute("TargetMode") != u"External")
                    out->insert(element.attribute("Id"), {element.attribute("Type"), element.attribute("Target")});
            },
            &m_detail);
        if (!ok) {
            m_failedPart = part;
            m_status = XlsxZip::Status::Damaged;
        }
        return ok;
    };

    QString workbookPart = QStringLiteral("xl/workbook.xml");
    QByteArray xml;
    if (zip.contains(QStringLiteral("_rels/.rels"))) {
        QHash<QString, Relationship> packageRelationships;
        if (!readPart(zip, QStringLiteral("_rels/.rels"), budget, &xml)
            || !parseRelationships(xml, QStringLiteral("_rels/.rels"), &packageRelationships))
            return false;
        for (const Relationship &relationship : std::as_const(packageRelationships)) {
            if (typeIs(relationship.type, QLatin1StringView("officeDocument")))
                workbookPart = resolveTarget({}, relationship.target);
        }
    }
    if (!zip.contains(workbookPart)) {
        m_failedPart = workbookPart;
        m_status = XlsxZip::Status::NotFound;
        return false;
    }

    const QString folder = folderOf(workbookPart);
    const QString relationshipsPart = (folder.isEmpty() ? QString() : folder + u'/') + QStringLiteral("_rels/")
        + workbookPart.mid(folder.isEmpty() ? 0 : folder.size() + 1) + QStringLiteral(".rels");
    QHash<QString, Relationship> relationships;
    if (zip.contains(relationshipsPart)) {
        if (!readPart(zip, relationshipsPart, budget, &xml)
            || !parseRelationships(xml, relationshipsPart, &relationships))
            return false;
    }
    m_sharedStringsPart.clear();
    m_stylesPart.clear();
    for (const Relationship &relationship : std::as_const(relationships)) {
        if (typeIs(relationship.type, QLatin1StringView("sharedStrings")))
            m_sharedStringsPart = resolveTarget(folder, relationship.target);
        else if (typeIs(relationship.type, QLatin1StringView("styles")))
            m_stylesPart = resolveTarget(folder, relationship.target);
    }

    if (!readPart(zip, workbookPart, budget, &xml))
        return false;
    const bool ok = XlsxExpat::parse(
        xml,
        [&](const XlsxExpat::Element &element) {
            if (element.name == "workbookPr") {
                const QString value = element.attribute("date1904");
                m_date1904 = value == u"1" || value == u"true";
            } else if (element.name == "sheet" && element.parent == "sheets") {
                const auto relationship = relationships.constFind(element.attribute("id"));
                if (relationship != relationships.cend() && !typeIs(relationship->type, QLatin1StringView("worksheet")))
                    return; // a chart sheet or dialog sheet: no cells
                const QString part
                    = relationship == relationships.cend() ? QString() : resolveTarget(folder, relationship->target);
                m_sheets.append({element.attribute("name"), part});
            }
        },
        &m_detail);
    if (!ok) {
        m_failedPart = workbookPart;
        m_status = XlsxZip::Status::Damaged;
    }
    return ok;
}
