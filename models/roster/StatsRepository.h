#pragma once

#include "core/Money.h"
#include "core/Outcome.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

class Database;

// The roster's figures: households, persons and monthly total by status and by village.
struct RosterStats
{
    struct VillageFigures
    {
        qint64 id = 0;
        QString code;
        QString name;
        int householdsActive = 0;
        int personsActive = 0;
        int coveredPersonsActive = 0;
        Money monthlyTotalActive;
    };
    int householdsTotal = 0;
    int householdsActive = 0;
    int personsActive = 0;
    int coveredPersonsActive = 0;
    Money monthlyTotalActive;
    QMap<QString, int> byStatus; // status key -> households
    QList<VillageFigures> byVillage;

    // The contract of DESIGN.md §6: keys are never renamed.
    QJsonObject toJson() const;
};

class StatsRepository
{
public:
    explicit StatsRepository(Database &db);
    Outcome<RosterStats> stats() const;

private:
    Database &m_db;
};
