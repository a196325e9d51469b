#pragma once

#include "core/Result.h"

#include <QCoreApplication>

class Database;

// Fills a database with a realistic, deterministic township (a seed gives the same data on every
// machine): villages, Chinese names, valid ID numbers of the county's region, families, categories,
// amounts from the benefit standard, status histories since 2012 with exits and refusals.
class DemoGenerator
{
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)

public:
    explicit DemoGenerator(Database &db);
    // Creates the office (闽侯县 demo township) if none exists.
    Result generate(int households, quint32 seed = 1);

private:
    Database &m_db;
};
