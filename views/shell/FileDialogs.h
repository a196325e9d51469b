#pragma once

#include <QString>

class QWidget;

// The only way views ask for file names, so that tests can answer without a modal dialog:
// setNextFileName() queues the name the next call returns.
class FileDialogs
{
public:
    // directory: where the dialog starts (default: the last folder used).
    static QString openFileName(
        QWidget *parent, const QString &title, const QString &filter, const QString &directory = {});
    static QString saveFileName(QWidget *parent, const QString &title, const QString &suggested, const QString &filter);
    // A folder; the queued name answers it too.
    static QString existingDirectory(QWidget *parent, const QString &title, const QString &directory);

    static void setNextFileName(const QString &fileName);

    // Where the dialogs start: the folder used last (the main window keeps it in the settings between starts). A
    // suggested bare file name ("月报.xlsx") is placed in it; a path is kept as it is.
    static void setStartFolder(const QString &folder);
    static QString startPath(const QString &suggested = {});
    // Remembers the folder of a file chosen (or a folder chosen) as the one to start from next time.
    static void remember(const QString &chosen, bool isFolder = false);
};
