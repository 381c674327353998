// SPDX-FileCopyrightText: 2026 SQLModel Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "autosave.h"

#include "document.h"
#include "projectfile.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>
#include <QUuid>

#include <algorithm>

namespace Ui {

namespace {

constexpr int kDefaultDelayMs = 3000;

QString filePath(const QString &session, const char *suffix)
{
    return QDir(Autosaver::recoveryDirectory()).filePath(session + QLatin1String(suffix));
}

} // namespace

Autosaver::Autosaver(Core::SchemaDocument *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_session(QUuid::createUuid().toString(QUuid::Id128).left(16))
    , m_timer(new QTimer(this))
{
    QDir().mkpath(recoveryDirectory());
    m_lock = std::make_unique<QLockFile>(filePath(m_session, ".lock"));
    m_lock->setStaleLockTime(0);
    m_lock->tryLock(0);
    m_timer->setSingleShot(true);
    m_timer->setInterval(kDefaultDelayMs);
    connect(m_timer, &QTimer::timeout, this, [this] { saveNow(); });
    // Every edit (re)starts the countdown; a save or an undo back to the saved state ends it.
    auto edited = [this] {
        if (m_document->isModified())
            m_timer->start();
    };
    connect(m_document, &Core::SchemaDocument::changed, this, edited);
    connect(m_document, &Core::SchemaDocument::schemaReset, this, edited);
    connect(m_document, &Core::SchemaDocument::modifiedChanged, this, [this](bool modified) {
        if (modified) {
            m_timer->start();
        } else {
            m_timer->stop();
            discard();
        }
    });
}

Autosaver::~Autosaver()
{
    discard();
    m_lock->unlock();
}

void Autosaver::setDelay(int milliseconds)
{
    m_timer->setInterval(milliseconds);
}

QString Autosaver::recoveryDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("recovery"));
}

QString Autosaver::recoveryPath() const
{
    return filePath(m_session, ".sqlmodel.json");
}

bool Autosaver::saveNow()
{
    m_timer->stop();
    if (!m_document->isModified()) {
        discard();
        return true;
    }
    QDir().mkpath(recoveryDirectory());
    QString error;
    if (!Core::saveProject(recoveryPath(), m_document->schema(), &error)) {
        qWarning("autosave: %s", qPrintable(error));
        return false;
    }
    const QJsonObject meta{
        {QStringLiteral("design"), QFileInfo(recoveryPath()).fileName()},
        {QStringLiteral("originalPath"), m_document->filePath()},
        {QStringLiteral("savedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
    };
    QSaveFile out(filePath(m_session, ".json"));
    if (!out.open(QIODevice::WriteOnly) || out.write(QJsonDocument(meta).toJson()) < 0 || !out.commit()) {
        qWarning("autosave: %s: %s", qPrintable(out.fileName()), qPrintable(out.errorString()));
        return false;
    }
    return true;
}

void Autosaver::discard()
{
    QFile::remove(filePath(m_session, ".json"));
    QFile::remove(recoveryPath());
}

QList<Autosaver::Recovery> Autosaver::orphans()
{
    QList<Recovery> out;
    const QDir dir(recoveryDirectory());
    // Locks of ended sessions that never needed a copy.
    for (const QFileInfo &info : dir.entryInfoList({QStringLiteral("*.lock")}, QDir::Files)) {
        if (QFileInfo::exists(filePath(info.completeBaseName(), ".json")))
            continue;
        QLockFile lock(info.filePath());
        lock.setStaleLockTime(0);
        if (lock.tryLock(0))
            lock.unlock(); // removes the file
    }
    for (const QFileInfo &info : dir.entryInfoList({QStringLiteral("*.json")}, QDir::Files)) {
        if (info.fileName().endsWith(QLatin1String(".sqlmodel.json")))
            continue;
        const QString session = info.completeBaseName();
        // A running session holds its lock; a lock whose process is gone is stale and is taken.
        QLockFile lock(filePath(session, ".lock"));
        lock.setStaleLockTime(0);
        if (!lock.tryLock(0))
            continue;
        lock.unlock();
        QFile file(info.filePath());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject meta = QJsonDocument::fromJson(file.readAll()).object();
        Recovery r;
        r.designPath = filePath(session, ".sqlmodel.json");
        r.originalPath = meta.value(QStringLiteral("originalPath")).toString();
        r.savedAt = QDateTime::fromString(meta.value(QStringLiteral("savedAt")).toString(), Qt::ISODateWithMs);
        if (QFileInfo::exists(r.designPath))
            out << r;
    }
    std::sort(out.begin(), out.end(), [](const Recovery &a, const Recovery &b) { return a.savedAt > b.savedAt; });
    return out;
}

void Autosaver::remove(const Recovery &recovery)
{
    const QString session = QFileInfo(recovery.designPath).fileName().chopped(int(qstrlen(".sqlmodel.json")));
    QFile::remove(recovery.designPath);
    QFile::remove(filePath(session, ".json"));
    QFile::remove(filePath(session, ".lock"));
}

} // namespace Ui
