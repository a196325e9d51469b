#pragma once

#include <QString>

class QWidget;

// The only way views ask for file names, so that tests can answer without a modal dialog:
// setNextFileName() queues the name the next call returns.
class FileDialogs
{
public:
    static QString openFileName(QWidget *parent, const QString &title, const QString &filter);
    static QString saveFileName(QWidget *parent, const QString &title, const QString &suggested, const QString &filter);

    static void setNextFileName(const QString &fileName);
};
