#include "storage/migrations/Migrations.h"

const QList<Migration> &Migrations::all()
{
    static const QList<Migration> steps
        = {version1(), version2(), version3(), version4(), version5(), version6(), version7(), version8(), version9()};
    return steps;
}
