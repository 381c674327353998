// SPDX-FileCopyrightText: 2026 SQLModel Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "liverefresh.h"

#include "crudgenerator.h"
#include "migrationgenerator.h"
#include "querygenerator.h"
#include "schemadiff.h"
#include "sqlmodelgenerator.h"
#include "validate.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QPointer>

namespace Ui {

QString generatePaneCode(const Core::Schema &schema, RefreshRequest::Pane pane,
                         const QString &queriesTableId, const QString &migrationMessage)
{
    using Pane = RefreshRequest::Pane;
    switch (pane) {
    case Pane::None:
        return {};
    case Pane::Models: {
        const auto files = Core::generateSqlModel(schema, {});
        return files.empty() ? QString() : files.front().content;
    }
    case Pane::Crud: {
        Core::CrudOptions crud;
        crud.async = false;
        const auto files = Core::generateCrud(schema, crud);
        return files.empty() ? QString() : files.front().content;
    }
    case Pane::Migration: {
        // What `migrate` would write now: the revision from the last checkpoint to this design.
        const QString parent = schema.migrations ? schema.migrations->head : QString();
        const Core::Revision revision = Core::generateRevision(
            Core::checkpointDesign(schema), Core::designOf(schema), parent, migrationMessage);
        return revision.changes == 0
                   ? QCoreApplication::translate(
                         "Ui::MainWindow", "# The database is up to date with the last migration checkpoint.\n")
                   : revision.content;
    }
    case Pane::Queries: {
        Core::QueryOptions options;
        options.async = false;
        options.tableId = queriesTableId;
        const auto files = Core::generateQueries(schema, options);
        if (!files.empty())
            return files.front().content;
        if (!queriesTableId.isEmpty()) {
            return QCoreApplication::translate(
                "Ui::MainWindow", "# This table has no primary key, so it has no model to query.\n");
        }
        return QCoreApplication::translate("Ui::MainWindow",
                                           "# The design has no table model to query yet.\n");
    }
    }
    return {};
}

struct LiveRefresh::Shared
{
    Core::IncrementalLint lint;
    bool lastValid = false; // the previous design validated
};

LiveRefresh::LiveRefresh(QObject *parent)
    : QObject(parent)
    , m_shared(std::make_shared<Shared>())
{}

LiveRefresh::~LiveRefresh()
{
    if (m_job.valid())
        m_job.wait();
}

void LiveRefresh::request(RefreshRequest request)
{
    if (m_running) {
        m_pending = std::make_unique<RefreshRequest>(std::move(request));
        return;
    }
    start(std::move(request));
}

void LiveRefresh::start(RefreshRequest request)
{
    const quint64 generation = ++m_generation;
    m_running = true;
    std::shared_ptr<Shared> shared = m_shared;
    QPointer<LiveRefresh> self(this);
    m_job = std::async(std::launch::async, [shared, request = std::move(request), generation, self] {
        QElapsedTimer timer;
        timer.start();
        RefreshResult r;
        r.generation = generation;
        r.schema = request.schema;
        r.pane = request.pane;
        r.queriesTableId = request.queriesTableId;
        const Core::Schema &schema = *request.schema;
        // The lint runs beside validation and generation (the machine has more than one core).
        auto findings = std::async(std::launch::async, [&] {
            return shared->lint.update(schema, request.withSuppressed);
        });
        // While the design stays valid (the usual edit), the Models pane is generated beside
        // validation rather than after it, and thrown away if the design turns out invalid: the
        // generator goes through invalid designs without harm (tst_generator's
        // survivesInvalidDesigns).
        const bool speculate = shared->lastValid && request.pane == RefreshRequest::Pane::Models;
        std::future<QString> early;
        if (speculate) {
            early = std::async(std::launch::async, [&] {
                return generatePaneCode(schema, request.pane, request.queriesTableId, request.migrationMessage);
            });
        }
        const auto issues = Core::validate(schema);
        for (const auto &issue : issues)
            r.problems << issue.where + QLatin1String(": ") + issue.message;
        shared->lastValid = issues.empty();
        if (issues.empty()) {
            r.requirements = Core::modelRequirements(schema);
            r.code = speculate ? early.get()
                               : generatePaneCode(schema, request.pane, request.queriesTableId,
                                                  request.migrationMessage);
        } else if (early.valid()) {
            early.wait(); // it reads `schema`; its code is not shown
        }
        r.findings = findings.get();
        r.milliseconds = double(timer.nsecsElapsed()) / 1e6;
        // Tell the UI thread; waitForCurrent() may have collected the result already.
        QMetaObject::invokeMethod(
            self.data(), [self, generation] {
                if (self && self->m_running && self->m_generation == generation)
                    self->collect();
            },
            Qt::QueuedConnection);
        return r;
    });
}

void LiveRefresh::collect()
{
    RefreshResult result = m_job.get();
    m_running = false;
    if (m_pending) {
        std::unique_ptr<RefreshRequest> next = std::move(m_pending);
        start(std::move(*next));
        return; // this result is already out of date
    }
    Q_EMIT finished(result);
}

void LiveRefresh::waitForCurrent()
{
    while (m_running) {
        m_job.wait();
        collect();
    }
}

void LiveRefresh::resetLint()
{
    waitForCurrent();
    m_shared->lint.reset();
    m_shared->lastValid = false; // a new design: no speculation before it has validated once
}

} // namespace Ui
