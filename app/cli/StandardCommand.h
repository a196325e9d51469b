#pragma once

#include "CliCommand.h"

#include <QJsonObject>

struct BenefitStandard;

// dibao-cli standard: the benefit standards by month (standard list|add) and the category top-ups (standard
// topup list|set).
class StandardCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(StandardCommand)

public:
    using CliCommand::CliCommand;
    int run(const QStringList &arguments) override;

    // A standard as the CLI's JSON gives it (office show, standard list and add).
    static QJsonObject standardJson(const BenefitStandard &standard, bool inForce);

private:
    int topUp(QStringList args);
};
