#include "exchange/sheets/SheetRowPipe.h"

SheetRowPipe::SheetRowPipe(SheetReader &reader, const QString &sheet)
    : m_thread([this, &reader, sheet] { read(reader, sheet); })
{ }

SheetRowPipe::~SheetRowPipe()
{
    stop();
    if (m_thread.joinable())
        m_thread.join();
}

const QList<SheetRow> *SheetRowPipe::next()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return !m_batches.empty() || m_done; });
    if (m_current.capacity() > 0)
        m_spent.push_back(std::move(m_current)); // freed by the reading thread, and its storage used again
    if (m_batches.empty())
        return nullptr;
    m_current = std::move(m_batches.front());
    m_batches.pop_front();
    m_changed.notify_all();
    return &m_current;
}

Result SheetRowPipe::finish()
{
    stop();
    if (m_thread.joinable())
        m_thread.join();
    return m_read;
}

void SheetRowPipe::read(SheetReader &reader, const QString &sheet)
{
    QList<SheetRow> batch;
    batch.reserve(BatchRows);
    const Result read = reader.readSheet(sheet, [&](const SheetRow &row) {
        batch.append(row);
        return batch.size() < BatchRows || push(batch);
    });
    if (!batch.isEmpty())
        push(batch);
    std::lock_guard lock(m_mutex);
    m_read = read;
    m_done = true;
    m_changed.notify_all();
}

bool SheetRowPipe::push(QList<SheetRow> &batch)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_batches.size() < MaxBatches || m_stopped; });
    if (m_stopped)
        return false;
    m_batches.push_back(std::move(batch));
    batch = QList<SheetRow>();
    if (!m_spent.empty()) {
        batch = std::move(m_spent.front());
        m_spent.pop_front();
    }
    m_changed.notify_all();
    lock.unlock();
    batch.clear(); // keeps the capacity
    batch.reserve(BatchRows);
    return true;
}

void SheetRowPipe::stop()
{
    std::lock_guard lock(m_mutex);
    m_stopped = true;
    m_changed.notify_all();
}
