#pragma once

#include "core/Outcome.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

class Database;

// Named column mappings for roster imports (导入方案), kept in the office database.
class ImportProfileRepository
{
    Q_DECLARE_TR_FUNCTIONS(ImportProfileRepository)

public:
    explicit ImportProfileRepository(Database &db);

    Outcome<QStringList> names() const;
    // The saved mapping as JSON; none when there is no profile of that name.
    Outcome<std::optional<QString>> mapping(const QString &name) const;
    Result save(const QString &name, const QString &mappingJson);

private:
    Database &m_db;
};
