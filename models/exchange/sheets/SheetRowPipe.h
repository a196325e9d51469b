#pragma once

#include "exchange/sheets/SheetReader.h"

#include <QList>
#include <QString>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

// Reads a sheet on a thread of its own while the calling thread takes its rows in batches: unzipping and scanning
// a large workbook costs about as much as understanding and checking its rows.
class SheetRowPipe
{
public:
    SheetRowPipe(SheetReader &reader, const QString &sheet);
    ~SheetRowPipe();
    SheetRowPipe(const SheetRowPipe &) = delete;
    SheetRowPipe &operator=(const SheetRowPipe &) = delete;

    // The next rows, valid until the next call; null at the end of the sheet.
    const QList<SheetRow> *next();
    // Stops the reading (if still running) and waits for it; the reader's Result (a stop asked for is a success).
    Result finish();

private:
    static constexpr qsizetype BatchRows = 256;
    static constexpr size_t MaxBatches = 16; // read ahead at most this many (a few MB)

    void read(SheetReader &reader, const QString &sheet);
    // Hands the batch over and gives it an empty one back: a spent batch, emptied here (where its rows were
    // made, which keeps the allocator's work local) and used again.
    bool push(QList<SheetRow> &batch);
    void stop();

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<QList<SheetRow>> m_batches;
    std::deque<QList<SheetRow>> m_spent;
    QList<SheetRow> m_current;
    bool m_stopped = false;
    bool m_done = false;
    Result m_read;
    std::thread m_thread; // last: starts when the rest is ready
};
