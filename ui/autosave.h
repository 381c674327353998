// SPDX-FileCopyrightText: 2026 SQLModel Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Autosave and crash recovery. While a design has unsaved changes, a copy is written (atomically)
// to a recovery file a few seconds after the last edit; saving, discarding or closing cleanly
// removes it. Each window holds a lock on its recovery file, so at start-up the recovery files
// whose lock is free belong to sessions that ended without cleaning up (a crash, a kill, a power
// cut) and can be offered for restoring.
//
// The files live in <AppLocalDataLocation>/recovery: <session>.sqlmodel.json (the design, in the
// project format), <session>.json (the original file path and the time) and <session>.lock.

#include <QDateTime>
#include <QObject>
#include <QString>

#include <memory>

class QLockFile;
class QTimer;

namespace Core {
class SchemaDocument;
}

namespace Ui {

class Autosaver final : public QObject
{
    Q_OBJECT

public:
    // A design left behind by a session that did not end cleanly.
    struct Recovery
    {
        QString designPath;   // the recovery copy
        QString originalPath; // the project file it was opened from; empty for an untitled design
        QDateTime savedAt;
    };

    explicit Autosaver(Core::SchemaDocument *document, QObject *parent = nullptr);
    ~Autosaver() override; // a clean end: the recovery file goes

    // Writes the recovery copy now (when the design has unsaved changes); false on a write error.
    bool saveNow();
    // Removes this session's recovery copy (after a save, or when the changes are discarded).
    void discard();
    QString recoveryPath() const;
    // Milliseconds after the last edit before the copy is written.
    void setDelay(int milliseconds);

    static QString recoveryDirectory();
    // The recovery copies of sessions that ended without cleaning up, newest first.
    static QList<Recovery> orphans();
    // Deletes an orphan's files (restored or declined).
    static void remove(const Recovery &recovery);

private:
    Core::SchemaDocument *m_document;
    QString m_session;
    std::unique_ptr<QLockFile> m_lock;
    QTimer *m_timer;
};

} // namespace Ui
