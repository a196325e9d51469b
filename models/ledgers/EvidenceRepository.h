#pragma once

#include "core/Outcome.h"
#include "ledgers/LedgerTypes.h"

#include <QCoreApplication>

class Database;

// Evidence files (佐证材料: photos of notice boards, scanned forms) copied into the database with their
// SHA-256, so the proof stays with the ledger when the original is moved or lost.
class EvidenceRepository
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceRepository)

public:
    static constexpr qint64 MaxFileBytes = qint64(20) * 1024 * 1024; // 20 MB per file

    explicit EvidenceRepository(Database &db);

    Outcome<QList<Evidence>> evidence(Evidence::Owner owner, qint64 ownerId) const; // without content
    // Copies the file in. Refused, naming the file: missing, unreadable, empty, over MaxFileBytes, or an
    // owner that no longer accepts changes (a closed inspection, a signed-off rectification, a closed
    // complaint).
    Result addFile(Evidence::Owner owner, qint64 ownerId, const QString &filePath, Evidence *added = nullptr);
    Result remove(qint64 evidenceId);
    Outcome<QByteArray> content(qint64 evidenceId) const; // rejected when there is none
    // Writes the file out (to open it with the system's viewer); checks the SHA-256 on the way.
    Result saveCopy(qint64 evidenceId, const QString &path) const;

    static QString ownerKey(Evidence::Owner owner);

private:
    Result checkWritable(Evidence::Owner owner, qint64 ownerId) const;
    Database &m_db;
};
