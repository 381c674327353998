// SPDX-FileCopyrightText: 2026 SQLModel Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Live refresh: what the code panes and the Warnings pane show for the current design, computed
// off the UI thread so that an edit never waits for the generators. The window hands over a
// snapshot of the design after each edit; one job at a time validates it, generates the code of
// the visible pane (the Models pane beside validation while the design stays valid) and lints it
// (incrementally, in parallel), and the result
// comes back as a signal on the UI thread. Requests made while a job runs are coalesced: only
// the newest design is computed next, and only the newest result is delivered.

#include "lint.h"
#include "schema.h"

#include <QObject>
#include <QStringList>

#include <future>
#include <memory>
#include <vector>

namespace Ui {

struct RefreshRequest
{
    enum class Pane { None, Models, Crud, Migration, Queries };

    std::shared_ptr<const Core::Schema> schema;
    Pane pane = Pane::None;  // the code to generate: the pane in view
    QString queriesTableId;  // Queries: the one selected table, or empty for the whole design
    bool withSuppressed = false;
    QString migrationMessage; // the revision message of the Migration pane
};

struct RefreshResult
{
    quint64 generation = 0;
    std::shared_ptr<const Core::Schema> schema; // the design this describes
    QStringList problems;   // validate(): "where: message"; empty when the design generates
    RefreshRequest::Pane pane = RefreshRequest::Pane::None;
    QString code;           // the pane's code (when there are no problems)
    QString queriesTableId;
    QStringList requirements; // what the models need besides SQLModel
    std::vector<Core::Finding> findings;
    double milliseconds = 0;  // the job's time, for the status bar and the benchmark
};

// The code a pane shows for a valid design; a pure function (it also runs on the UI thread when
// a hidden pane is brought into view).
QString generatePaneCode(const Core::Schema &schema, RefreshRequest::Pane pane,
                         const QString &queriesTableId, const QString &migrationMessage);

class LiveRefresh final : public QObject
{
    Q_OBJECT

public:
    explicit LiveRefresh(QObject *parent = nullptr);
    ~LiveRefresh() override; // waits for a running job

    // Computes `request` after the running job, replacing any request still waiting.
    void request(RefreshRequest request);
    // Whether a job runs or waits.
    bool isBusy() const { return m_running || m_pending; }
    // Blocks until the newest request is computed and its result delivered (finished() is
    // emitted from here). Callers that read the panes right after an edit use it.
    void waitForCurrent();
    // Forgets the incremental lint's cache (a new design is opened).
    void resetLint();

Q_SIGNALS:
    void finished(const Ui::RefreshResult &result);

private:
    void start(RefreshRequest request);
    void collect(); // takes the running job's result; starts the pending one or delivers

    struct Shared; // the incremental lint, used by one job at a time
    std::shared_ptr<Shared> m_shared;
    std::future<RefreshResult> m_job;
    bool m_running = false;
    std::unique_ptr<RefreshRequest> m_pending;
    quint64 m_generation = 0;
};

} // namespace Ui
