#pragma once

#include "core/Result.h"

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

    QStringList names() const;
    std::optional<QString> mapping(const QString &name) const; // JSON
    Result save(const QString &name, const QString &mappingJson);

private:
    Database &m_db;
};
