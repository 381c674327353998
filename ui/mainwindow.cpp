// SPDX-FileCopyrightText: 2026 SQLModel Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "autolayout.h"
#include "codeeditor.h"
#include "codelint.h"
#include "importdialog.h"
#include "importreportpane.h"
#include "inspector.h"
#include "palette.h"
#include "overviewmap.h"
#include "liverefresh.h"
#include "warningspane.h"
#include "diagramscene.h"
#include "diagramview.h"
#include "document.h"
#include "naming.h"
#include "relationshipitem.h"
#include "projectfile.h"
#include "sqlmodelgenerator.h"
#include "tableitem.h"
#include "validate.h"

#include <QAction>
#include <QPushButton>
#include <QLocale>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QTreeWidget>
#include <QSignalBlocker>
#include <QEventLoop>
#include <QThread>
#include <QVBoxLayout>
#include <QFile>
#include <QSettings>
#include <QSaveFile>
#include <QLineEdit>
#include <QDir>
#include <QUndoStack>

#include <memory>

namespace Ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_document(new Core::SchemaDocument(this))
    , m_tables(new QTreeWidget(this))
    , m_scene(new DiagramScene(m_document, this))
    , m_view(new DiagramView(m_scene, this))
    , m_warnings(new WarningsPane(m_document, this))
    , m_inspector(new Inspector(m_document, this))
    , m_importReport(new ImportReportPane(m_document, this))
    , m_codeTabs(new QTabWidget(this))
    , m_models(new CodeEditor(this))
    , m_crud(new CodeEditor(this))
    , m_migration(new CodeEditor(this))
    , m_queries(new CodeEditor(this))
    , m_status(new QLabel(this))
{
    setCentralWidget(m_view);
    m_codeTabs->setDocumentMode(true);
    m_codeTabs->addTab(m_models, tr("Models"));
    m_codeTabs->addTab(m_crud, tr("CRUD"));
    m_codeTabs->addTab(m_migration, tr("Migration"));
    m_codeTabs->addTab(m_queries, tr("Queries"));
    // A Python file from a code check, shown at the finding's line.
    m_fileView = new CodeEditor(this);
    m_fileView->setObjectName(QStringLiteral("codeFileView"));
    m_codeTabs->setTabVisible(m_codeTabs->addTab(m_fileView, tr("File")), false);
    auto *codeDock = new QDockWidget(tr("Code"), this);
    codeDock->setObjectName(QStringLiteral("codeDock"));
    // What the generated code needs beyond SQLModel, said above the panes (and written to
    // requirements.txt by generate).
    m_codeNotice = new QLabel(this);
    m_codeNotice->setObjectName(QStringLiteral("codeNotice"));
    m_codeNotice->setWordWrap(true);
    m_codeNotice->setContentsMargins(6, 3, 6, 3);
    m_codeNotice->hide();
    auto *codeBox = new QWidget(this);
    auto *codeLayout = new QVBoxLayout(codeBox);
    codeLayout->setContentsMargins(0, 0, 0, 0);
    codeLayout->setSpacing(0);
    codeLayout->addWidget(m_codeNotice);
    codeLayout->addWidget(m_codeTabs, 1);
    codeDock->setWidget(codeBox);
    addDockWidget(Qt::RightDockWidgetArea, codeDock);
    // The Inspector sits above the code: editing a field and reading its effect go together.
    auto *inspectorDock = new QDockWidget(tr("Inspector"), this);
    inspectorDock->setObjectName(QStringLiteral("inspectorDock"));
    inspectorDock->setWidget(m_inspector);
    addDockWidget(Qt::RightDockWidgetArea, inspectorDock);
    splitDockWidget(inspectorDock, codeDock, Qt::Vertical);
    resizeDocks({inspectorDock, codeDock}, {300, 440}, Qt::Vertical);
    m_tables->setHeaderLabels({tr("Table"), tr("Class"), tr("Columns")});
    m_tables->setRootIsDecorated(false);
    m_tables->setUniformRowHeights(true);
    m_tables->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Sized from the first rows only: measuring a 1,000-table list on every edit costs more
    // than the edit.
    m_tables->header()->setResizeContentsPrecision(200);
    m_tables->setObjectName(QStringLiteral("tableList"));
    auto *dock = new QDockWidget(tr("Tables"), this);
    dock->setObjectName(QStringLiteral("tablesDock"));
    // Find a table by name: the list narrows as you type; Return selects the first match.
    m_find = new QLineEdit(this);
    m_find->setObjectName(QStringLiteral("findTable"));
    m_find->setPlaceholderText(tr("Find a table (Ctrl+F)"));
    m_find->setClearButtonEnabled(true);
    auto *tablesBox = new QWidget(this);
    auto *tablesLayout = new QVBoxLayout(tablesBox);
    tablesLayout->setContentsMargins(2, 2, 2, 2);
    tablesLayout->addWidget(m_find);
    tablesLayout->addWidget(m_tables, 1);
    dock->setWidget(tablesBox);
    connect(m_find, &QLineEdit::textChanged, this, [this](const QString &text) { findTable(text); });
    connect(m_find, &QLineEdit::returnPressed, this, [this] {
        for (int i = 0; i < m_tables->topLevelItemCount(); ++i) {
            if (!m_tables->topLevelItem(i)->isHidden()) {
                selectTable(m_tables->topLevelItem(i)->data(0, Qt::UserRole).toString());
                return;
            }
        }
    });
    addDockWidget(Qt::LeftDockWidgetArea, dock);
    resizeDocks({dock, codeDock}, {230, 420}, Qt::Horizontal);
    // The palette above the table list: drag a table or a link table onto the canvas, or
    // double-click an entry.
    auto *palette = new Palette(this);
    auto *paletteDock = new QDockWidget(tr("Palette"), this);
    paletteDock->setObjectName(QStringLiteral("paletteDock"));
    paletteDock->setWidget(palette);
    addDockWidget(Qt::LeftDockWidgetArea, paletteDock);
    splitDockWidget(paletteDock, dock, Qt::Vertical);
    connect(palette, &Palette::kindActivated, this, [this](const QString &kind) {
        const QStringList selected = m_scene->selectedTableIds();
        if (kind != QLatin1String(Palette::LinkKind))
            m_scene->createTable(m_view->mapToScene(m_view->viewport()->rect().center()));
        else if (selected.size() == 1)
            m_scene->beginLink(selected.front());
        else
            m_scene->connectSelectedManyToMany();
        m_view->setFocus();
    });
    auto *warningsDock = new QDockWidget(tr("Warnings"), this);
    warningsDock->setObjectName(QStringLiteral("warningsDock"));
    warningsDock->setWidget(m_warnings);
    addDockWidget(Qt::BottomDockWidgetArea, warningsDock);
    resizeDocks({warningsDock}, {170}, Qt::Vertical);
    // What an import left out, beside the warnings; shown when a design is imported.
    m_importReportDock = new QDockWidget(tr("Import Report"), this);
    m_importReportDock->setObjectName(QStringLiteral("importReportDock"));
    m_importReportDock->setWidget(m_importReport);
    addDockWidget(Qt::BottomDockWidgetArea, m_importReportDock);
    tabifyDockWidget(warningsDock, m_importReportDock);
    warningsDock->raise();
    connect(m_importReport, &ImportReportPane::tableActivated, this, &MainWindow::selectTable);
    connect(m_warnings, &WarningsPane::codeFindingActivated, this, &MainWindow::showCodeFile);
    // Activating a warning selects its table (in the list, the canvas and the code pane).
    connect(m_warnings, &WarningsPane::tableActivated, this, [this](const QString &tableId) {
        for (int i = 0; i < m_tables->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = m_tables->topLevelItem(i);
            if (item->data(0, Qt::UserRole).toString() == tableId) {
                m_tables->setCurrentItem(item);
                item->setSelected(true);
                break;
            }
        }
    });
    statusBar()->addWidget(m_status, 1);

    createActions();

    m_autosave = new Autosaver(m_document, this);
    // The code panes and the warnings follow the design off the UI thread.
    m_refresh = new LiveRefresh(this);
    connect(m_refresh, &LiveRefresh::finished, this, &MainWindow::applyRefresh);
    // Reading a pane (tests, exports, scrolling to a class) sees the design as it is now.
    m_warnings->setBeforeRead([this] { m_refresh->waitForCurrent(); });
    for (CodeEditor *pane : {m_models, m_crud, m_migration, m_queries})
        pane->setBeforeRead([this, pane] { refreshPane(pane); });
    connect(m_warnings, &WarningsPane::showSuppressedChanged, this, [this] { requestRefresh(); });
    // Clicking in a class of the Models pane selects its table (the pane stays where it is).
    connect(m_models, &CodeEditor::lineClicked, this, &MainWindow::selectClassAt);
    connect(m_document, &Core::SchemaDocument::changed, this, [this](const Core::ChangeSet &changes) {
        if (!changes.geometryOnly) // positions are not in the code or the table list
            refreshAll();
    });
    connect(m_document, &Core::SchemaDocument::schemaReset, this, [this] {
        m_refresh->resetLint(); // a new design: nothing of the old one's lint carries over
        refreshAll();
    });
    connect(m_document, &Core::SchemaDocument::modifiedChanged, this, [this] { updateTitle(); });
    // Selecting a table scrolls the Models pane to its class.
    connect(m_tables, &QTreeWidget::itemSelectionChanged, this, [this] {
        const auto items = m_tables->selectedItems();
        if (items.isEmpty())
            return;
        if (!m_selectingFromCode)
            scrollModelsToClass(items.first()->text(1));
        // An enum shows in the Inspector, with no card selected on the canvas.
        if (items.first()->data(0, Qt::UserRole + 1).toBool()) {
            m_scene->clearSelection();
            m_inspector->showEnum(items.first()->data(0, Qt::UserRole).toString());
            return;
        }
        // ...and selects its card on the canvas.
        if (TableItem *card = m_scene->tableItem(items.first()->data(0, Qt::UserRole).toString())) {
            m_scene->clearSelection();
            card->setSelected(true);
            m_view->ensureVisible(card);
        }
    });
    // Clicking the enum that is still selected in the list (the canvas took the Inspector since)
    // shows it again.
    connect(m_tables, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) {
        const QString id = item->data(0, Qt::UserRole).toString();
        if (item->data(0, Qt::UserRole + 1).toBool() && m_inspector->enumId() != id) {
            m_scene->clearSelection();
            m_inspector->showEnum(id);
        }
    });
    // The Inspector shows the single selected table or relationship.
    connect(m_scene, &QGraphicsScene::selectionChanged, this, &MainWindow::showSelectionInInspector);
    // The Queries pane follows the selection: one table card, or the whole design. The scene
    // may announce a selection change while it follows an edit, before refreshCode() runs.
    connect(m_scene, &QGraphicsScene::selectionChanged, this, [this] { refreshQueries(); });
    connect(m_codeTabs, &QTabWidget::currentChanged, this, [this] { refreshVisiblePane(); });
    resize(1200, 800);
    refreshAll();
}

void MainWindow::showSelectionInInspector()
{
    const QList<QGraphicsItem *> selected = m_scene->selectedItems();
    if (selected.size() != 1)
        return m_inspector->clear();
    if (auto *card = qgraphicsitem_cast<TableItem *>(selected.first())) {
        // Like selecting it in the table list, this brings its class into view in the Models pane.
        if (const Core::Table *t = m_document->schema().table(card->tableId()); t && !m_selectingFromCode)
            scrollModelsToClass(Core::tableClassName(*t));
        return m_inspector->showTable(card->tableId());
    }
    if (auto *line = qgraphicsitem_cast<RelationshipItem *>(selected.first()))
        return m_inspector->showRelationship(line->relationshipId());
    m_inspector->clear();
}

MainWindow::~MainWindow()
{
    // The scene deselects its items as it is destroyed; the Inspector must not hear of it.
    disconnect(m_scene, nullptr, this, nullptr);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAct = file->addAction(tr("&New"), this, [this] { newDesign(); });
    newAct->setShortcut(QKeySequence::New);
    QAction *openAct = file->addAction(tr("&Open…"), this, &MainWindow::open);
    openAct->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, [this] { fillRecentMenu(); });
    QAction *saveAct = file->addAction(tr("&Save"), this, &MainWindow::save);
    saveAct->setShortcut(QKeySequence::Save);
    QAction *saveAsAct = file->addAction(tr("Save &As…"), this, &MainWindow::saveAs);
    saveAsAct->setShortcut(QKeySequence::SaveAs);
    QAction *importAct = file->addAction(tr("&Import Database…"), this, [this] { importDatabase(); });
    importAct->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    importAct->setObjectName(QStringLiteral("importAction"));
    QAction *checkCodeAct = file->addAction(tr("&Check Python Code…"), this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Check Python Code"));
        if (!folder.isEmpty())
            checkCodeFolder(folder);
    });
    checkCodeAct->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    checkCodeAct->setToolTip(tr("Find deprecated SQLModel, SQLAlchemy and Pydantic usage in a folder "
                                "of Python code; the findings join the Warnings"));
    file->addSeparator();
    file->addAction(tr("Export &Models…"), this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Export Models"));
        if (!folder.isEmpty())
            exportModels(folder, false);
    });
    file->addAction(tr("Export &Diagram…"), this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export Diagram"), {}, tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"));
        if (!path.isEmpty())
            exportDiagram(path);
    });
    file->addSeparator();
    QAction *quitAct = file->addAction(tr("&Quit"), this, &QWidget::close);
    quitAct->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    // Cut, Copy and Paste act on the canvas (the code panes keep their own text copy).
    const auto canvasAction = [this, edit](const QString &text, const char *name, QKeySequence keys,
                                           void (DiagramScene::*slot)()) {
        QAction *a = edit->addAction(text, m_scene, slot);
        a->setObjectName(QString::fromLatin1(name));
        a->setShortcut(keys);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_view->addAction(a);
        return a;
    };
    canvasAction(tr("Cu&t Tables"), "cutAction", QKeySequence::Cut, &DiagramScene::cutSelection);
    canvasAction(tr("&Copy Tables"), "copyAction", QKeySequence::Copy, &DiagramScene::copySelection);
    QAction *pasteAct = edit->addAction(tr("&Paste Tables"), m_scene, [this] { m_scene->paste(); });
    pasteAct->setObjectName(QStringLiteral("pasteAction"));
    pasteAct->setShortcut(QKeySequence::Paste);
    pasteAct->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addAction(pasteAct);
    QAction *newTableAct = edit->addAction(tr("&New Table"), m_scene, [this] {
        m_scene->createTable(m_view->mapToScene(m_view->viewport()->rect().center()));
    });
    newTableAct->setObjectName(QStringLiteral("newTableAction"));
    newTableAct->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    newTableAct->setToolTip(tr("A new table in the middle of the canvas (or double-click the canvas)"));
    QAction *linkAct = edit->addAction(tr("Connect &Many-to-Many"), m_scene,
                                       [this] { m_scene->connectSelectedManyToMany(); });
    linkAct->setObjectName(QStringLiteral("connectManyToManyAction"));
    linkAct->setToolTip(tr("A link table between the two selected tables (one undo step)"));
    linkAct->setEnabled(false);
    connect(m_scene, &QGraphicsScene::selectionChanged, this,
            [this, linkAct] { linkAct->setEnabled(m_scene->selectedTableIds().size() == 2); });
    connect(m_scene, &DiagramScene::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 6000); });
    QAction *deleteAct = edit->addAction(tr("&Delete Selected Tables"), m_scene, &DiagramScene::deleteSelection);
    deleteAct->setShortcut(QKeySequence::Delete);
    deleteAct->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addAction(deleteAct);

    QAction *findAct = edit->addAction(tr("&Find Table…"), this, [this] {
        m_find->setFocus();
        m_find->selectAll();
    });
    findAct->setShortcut(QKeySequence::Find);
    edit->addSeparator();
    QAction *layoutAct = edit->addAction(tr("Auto &Layout"), this, [this] { autoLayout(); });
    layoutAct->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    layoutAct->setToolTip(tr("Arrange the tables with Graphviz: related tables together (one undo step)"));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_view->zoomInAction());
    view->addAction(m_view->zoomOutAction());
    view->addAction(m_view->zoomToFitAction());
    // The overview map in the canvas's bottom-right corner (a child of the view).
    auto *overview = new OverviewMap(m_view);
    QAction *overviewAct = view->addAction(tr("Overview &Map"));
    overviewAct->setObjectName(QStringLiteral("overviewMapAction"));
    overviewAct->setCheckable(true);
    overviewAct->setChecked(overview->isWanted());
    connect(overviewAct, &QAction::toggled, overview, &OverviewMap::setWanted);

    QToolBar *tb = addToolBar(tr("Main"));
    tb->setObjectName(QStringLiteral("mainToolBar"));
    tb->addAction(openAct);
    tb->addAction(saveAct);
    tb->addSeparator();
    tb->addAction(undo);
    tb->addAction(redo);
}

bool MainWindow::openProject(const QString &path)
{
    Core::Schema schema;
    Core::LoadError error;
    if (!Core::loadProject(path, &schema, &error)) {
        QMessageBox::critical(this, tr("Cannot open the project"), error.toString());
        return false;
    }
    m_document->reset(schema);
    m_document->setFilePath(path);
    rememberRecent(path);
    updateTitle();
    m_view->zoomToFit();
    return true;
}

bool MainWindow::saveProject(const QString &path)
{
    QString message;
    if (!Core::saveProject(path, m_document->schema(), &message)) {
        QMessageBox::critical(this, tr("Cannot save the project"), message);
        return false;
    }
    m_document->setFilePath(path);
    m_document->markSaved();
    rememberRecent(path);
    updateTitle();
    return true;
}

void MainWindow::open()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Project"), {},
                                                      tr("SQLModel Studio projects (*.sqlmodel.json)"));
    if (!path.isEmpty())
        openProject(path);
}

bool MainWindow::save()
{
    if (m_document->filePath().isEmpty())
        return saveAs();
    return saveProject(m_document->filePath());
}

bool MainWindow::saveAs()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Save Project"), m_document->filePath(),
                                                tr("SQLModel Studio projects (*.sqlmodel.json)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QLatin1String(".sqlmodel.json")))
        path += QLatin1String(".sqlmodel.json");
    return saveProject(path);
}

bool MainWindow::maybeSave()
{
    if (!m_document->isModified())
        return true;
    const auto answer = QMessageBox::warning(
        this, tr("Unsaved changes"), tr("The design has unsaved changes. Save them?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (maybeSave())
        event->accept();
    else
        event->ignore();
}

void MainWindow::updateTitle()
{
    const QString path = m_document->filePath();
    const QString name = path.isEmpty() ? tr("Untitled") : QFileInfo(path).fileName();
    setWindowTitle(name + QLatin1String("[*]"));
    setWindowModified(m_document->isModified());
}

void MainWindow::refreshAll()
{
    refreshTables();
    refreshCode();
}

void MainWindow::refreshTables()
{
    // Rebuilding the list is not a user selection: keep the code pane where it is.
    const QSignalBlocker blocker(m_tables);
    struct Row
    {
        QString id;
        QString texts[3];
        bool isEnum = false;
        QString toolTip;
    };
    std::vector<Row> rows;
    const Core::Schema &schema = m_document->schema();
    rows.reserve(schema.tables.size() + schema.enums.size());
    for (const Core::Table &t : schema.tables) {
        rows.push_back({t.id,
                        {t.schema.isEmpty() ? t.name : t.schema + u'.' + t.name, Core::tableClassName(t),
                         QString::number(t.columns.size())},
                        false,
                        {}});
    }
    // The enums follow the tables, marked by their icon (and Qt::UserRole + 1); selecting one
    // shows it in the Inspector.
    for (const Core::EnumType &e : schema.enums) {
        const QString sqlName = e.sqlName.isEmpty() ? e.name.toLower() : e.sqlName;
        rows.push_back({e.id,
                        {e.schema.isEmpty() ? sqlName : e.schema + u'.' + sqlName, e.name,
                         QString::number(e.values.size())},
                        true,
                        tr("Enum %1: %2").arg(e.name, e.values.join(QLatin1String(", ")))});
    }
    // Most edits change a row or two: update those in place (keeping the selection, the scroll
    // and what Find hid); rebuild when rows come, go or move.
    bool sameRows = m_tables->topLevelItemCount() == int(rows.size());
    for (int i = 0; sameRows && i < int(rows.size()); ++i)
        sameRows = m_tables->topLevelItem(i)->data(0, Qt::UserRole).toString() == rows[std::size_t(i)].id;
    if (!sameRows)
        m_tables->clear();
    for (int i = 0; i < int(rows.size()); ++i) {
        const Row &row = rows[std::size_t(i)];
        QTreeWidgetItem *item = sameRows ? m_tables->topLevelItem(i) : new QTreeWidgetItem(m_tables);
        for (int column = 0; column < 3; ++column) {
            if (item->text(column) != row.texts[column])
                item->setText(column, row.texts[column]);
        }
        if (item->toolTip(0) != row.toolTip)
            item->setToolTip(0, row.toolTip);
        if (!sameRows) {
            item->setData(0, Qt::UserRole, row.id);
            item->setIcon(0, row.isEnum ? Inspector::enumIcon() : Inspector::tableIcon());
            if (row.isEnum) {
                item->setData(0, Qt::UserRole + 1, true);
                if (row.id == m_inspector->enumId())
                    m_tables->setCurrentItem(item);
            }
        }
    }
    if (!sameRows && m_find && !m_find->text().isEmpty())
        findTable(m_find->text());
}

void MainWindow::refreshCode()
{
    // Every pane is older than the design now; the one in view and the warnings are computed
    // off the UI thread, the others when they are shown.
    m_stale = {m_models, m_crud, m_migration, m_queries};
    requestRefresh();
}

RefreshRequest::Pane MainWindow::paneKind(const CodeEditor *pane) const
{
    using Pane = RefreshRequest::Pane;
    if (pane == m_models)
        return Pane::Models;
    if (pane == m_crud)
        return Pane::Crud;
    if (pane == m_migration)
        return Pane::Migration;
    if (pane == m_queries)
        return Pane::Queries;
    return Pane::None;
}

CodeEditor *MainWindow::paneOf(RefreshRequest::Pane kind) const
{
    using Pane = RefreshRequest::Pane;
    switch (kind) {
    case Pane::Models: return m_models;
    case Pane::Crud: return m_crud;
    case Pane::Migration: return m_migration;
    case Pane::Queries: return m_queries;
    case Pane::None: break;
    }
    return nullptr;
}

QString MainWindow::selectedTableId() const
{
    QStringList selected;
    for (QGraphicsItem *item : m_scene->selectedItems()) {
        if (auto *card = qgraphicsitem_cast<TableItem *>(item))
            selected << card->tableId();
    }
    return selected.size() == 1 ? selected.front() : QString();
}

void MainWindow::requestRefresh()
{
    RefreshRequest request;
    request.schema = std::make_shared<const Core::Schema>(m_document->schema());
    auto *visible = qobject_cast<CodeEditor *>(m_codeTabs->currentWidget());
    request.pane = m_stale.contains(visible) ? paneKind(visible) : RefreshRequest::Pane::None;
    request.queriesTableId = selectedTableId();
    request.withSuppressed = m_warnings->showsSuppressed();
    request.migrationMessage = tr("Design changes");
    m_refresh->request(std::move(request));
}

void MainWindow::applyRefresh(const RefreshResult &result)
{
    m_lastRefreshMs = result.milliseconds;
    m_generatable = result.problems.isEmpty();
    m_warnings->setFindings(result.findings);
    if (!m_generatable) {
        QString text = tr("# The design cannot be generated yet:\n");
        for (const QString &problem : result.problems)
            text += QLatin1String("# ") + problem + u'\n';
        for (CodeEditor *pane : {m_models, m_crud, m_migration, m_queries})
            pane->setCode(text);
        m_stale.clear();
        m_codeNotice->hide();
        m_status->setText(tr("%n problem(s) in the design", nullptr, int(result.problems.size())));
        return;
    }
    m_codeNotice->setText(tr("These models need %1 besides SQLModel; generate lists it in "
                             "requirements.txt.")
                              .arg(result.requirements.join(QLatin1String(", "))));
    m_codeNotice->setVisible(!result.requirements.isEmpty());
    // The result is for the design as it is now (older results are never delivered), but the
    // selection may have moved on since the Queries were asked for.
    if (CodeEditor *pane = paneOf(result.pane);
        pane && m_stale.contains(pane)
        && (pane != m_queries || result.queriesTableId == selectedTableId())) {
        pane->setCode(result.code);
        m_stale.remove(pane);
        if (pane == m_models)
            scrollModelsToClass(m_pendingClass);
    }
    m_status->setText(tr("%n table(s)", nullptr, int(result.schema->tables.size())));
    // Shown meanwhile: another tab, or another selection for the Queries.
    refreshVisiblePane();
}

bool MainWindow::isRefreshing() const
{
    return m_refresh->isBusy();
}

void MainWindow::waitForRefresh()
{
    m_refresh->waitForCurrent();
}

void MainWindow::refreshVisiblePane()
{
    if (auto *pane = qobject_cast<CodeEditor *>(m_codeTabs->currentWidget()); pane && m_stale.contains(pane))
        requestRefresh();
}

void MainWindow::refreshPane(CodeEditor *pane)
{
    // Callers read the pane right away: wait for the running refresh, then generate this pane
    // here if the refresh was for another one.
    m_refresh->waitForCurrent();
    if (!m_stale.contains(pane))
        return;
    m_stale.remove(pane);
    if (!m_generatable)
        return; // applyRefresh() wrote the problems into every pane
    pane->setCode(generatePaneCode(m_document->schema(), paneKind(pane), selectedTableId(),
                                   tr("Design changes")));
    if (pane == m_models)
        scrollModelsToClass(m_pendingClass);
}

void MainWindow::scrollModelsToClass(const QString &className)
{
    // Selecting right after an edit must not wait for the background job: the scroll waits for
    // the Models pane to be current instead.
    m_pendingClass = className;
    if (className.isEmpty() || m_refresh->isBusy() || m_stale.contains(m_models))
        return;
    m_models->scrollToLineStartingWith(QStringLiteral("class %1(").arg(className));
    m_pendingClass.clear();
}

CodeEditor *MainWindow::modelsPane()
{
    refreshPane(m_models);
    return m_models;
}

CodeEditor *MainWindow::crudPane()
{
    refreshPane(m_crud);
    return m_crud;
}

CodeEditor *MainWindow::migrationPane()
{
    refreshPane(m_migration);
    return m_migration;
}

CodeEditor *MainWindow::queriesPane()
{
    refreshPane(m_queries);
    return m_queries;
}

WarningsPane *MainWindow::warningsPane() const
{
    m_refresh->waitForCurrent();
    return m_warnings;
}

void MainWindow::refreshQueries()
{
    // The Queries follow the selection: regenerated now when in view, else when shown.
    m_stale.insert(m_queries);
    if (m_codeTabs->currentWidget() == m_queries)
        requestRefresh();
}

void MainWindow::selectClassAt(int line)
{
    // The class the line belongs to: the nearest `class X(` at or above it.
    QString className;
    for (int i = line; i >= 1 && className.isEmpty(); --i) {
        const QString text = m_models->lineText(i);
        if (text.startsWith(QLatin1String("class "))) {
            className = text.mid(6).section(u'(', 0, 0).section(u':', 0, 0).trimmed();
        } else if (i < line && !text.isEmpty() && !text.front().isSpace() && !text.startsWith(u'#')
                   && !text.startsWith(u'@') && !text.startsWith(u')')) {
            break; // module-level code: not inside a class
        }
    }
    if (className.isEmpty())
        return;
    const Core::ModelNames names = Core::modelNames(m_document->schema(), {});
    QString tableId;
    for (const auto *family : {&names.tableClass, &names.baseClass, &names.createClass,
                               &names.publicClass, &names.updateClass}) {
        for (auto it = family->cbegin(); it != family->cend() && tableId.isEmpty(); ++it) {
            if (it.value() == className)
                tableId = it.key();
        }
    }
    if (tableId.isEmpty())
        return;
    m_selectingFromCode = true;
    selectTable(tableId);
    m_selectingFromCode = false;
}

void MainWindow::offerRecovery()
{
    for (const Autosaver::Recovery &r : Autosaver::orphans()) {
        const QString name = r.originalPath.isEmpty() ? tr("an untitled design")
                                                      : QFileInfo(r.originalPath).fileName();
        QMessageBox box(QMessageBox::Question, tr("Restore unsaved changes?"),
                        tr("SQLModel Studio did not close properly. Unsaved changes to %1 from %2 "
                           "were kept. Restore them?")
                            .arg(name, QLocale().toString(r.savedAt.toLocalTime(), QLocale::ShortFormat)),
                        QMessageBox::NoButton, this);
        QPushButton *restore = box.addButton(tr("&Restore"), QMessageBox::AcceptRole);
        QPushButton *discard = box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
        box.addButton(tr("&Later"), QMessageBox::RejectRole);
        box.setDefaultButton(restore);
        box.exec();
        if (box.clickedButton() == restore) {
            if (restoreRecovery(r))
                return; // one design per window
        } else if (box.clickedButton() == discard) {
            Autosaver::remove(r);
        }
    }
}

bool MainWindow::restoreRecovery(const Autosaver::Recovery &recovery)
{
    Core::Schema schema;
    Core::LoadError error;
    if (!Core::loadProject(recovery.designPath, &schema, &error)) {
        QMessageBox::critical(this, tr("Cannot restore the design"), error.toString());
        return false; // the copy stays for another try
    }
    m_document->reset(schema);
    m_document->setFilePath(recovery.originalPath);
    m_document->markUnsaved();
    Autosaver::remove(recovery);
    m_autosave->saveNow(); // this session's own copy, at once
    updateTitle();
    m_view->zoomToFit();
    m_status->setText(tr("Restored the unsaved changes of %1")
                          .arg(QLocale().toString(recovery.savedAt.toLocalTime(), QLocale::ShortFormat)));
    return true;
}

void MainWindow::selectTable(const QString &tableId)
{
    for (int i = 0; i < m_tables->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_tables->topLevelItem(i);
        if (item->data(0, Qt::UserRole).toString() == tableId) {
            m_tables->setCurrentItem(item);
            item->setSelected(true);
            break;
        }
    }
}

bool MainWindow::importDatabase(ImportDialog *dialog)
{
    if (!maybeSave())
        return false;
    std::unique_ptr<ImportDialog> owned;
    if (!dialog) {
        owned = std::make_unique<ImportDialog>(this);
        dialog = owned.get();
        if (dialog->exec() != QDialog::Accepted)
            return false;
    } else if (!dialog->runImport()) {
        return false;
    }
    adoptImport(dialog->result());
    return true;
}

void MainWindow::adoptImport(const Core::Schema &schema)
{
    // A new, unsaved design: saving asks where, so the source is never overwritten.
    m_document->reset(schema);
    m_document->setFilePath(QString());
    updateTitle();
    m_view->zoomToFit();
    m_importReport->refresh();
    if (schema.importReport && !schema.importReport->notes.empty())
        m_importReportDock->raise();
    m_status->setText(m_importReport->summary());
}

bool MainWindow::checkCodeFolder(const QString &folder)
{
    m_status->setText(tr("Checking the Python code in %1…").arg(folder));
    auto findings = std::make_shared<std::vector<Core::CodeFinding>>();
    auto error = std::make_shared<QString>();
    QEventLoop loop;
    QThread *worker = QThread::create([folder, findings, error] {
        *findings = Core::lintCode({folder}, {}, error.get());
    });
    connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    worker->wait();
    delete worker;
    if (!error->isEmpty()) {
        m_status->setText(*error);
        QMessageBox::warning(this, tr("Cannot check the Python code"), *error);
        return false;
    }
    m_warnings->setCodeFindings(*findings, folder);
    if (QWidget *dock = m_warnings->parentWidget())
        dock->raise();
    m_status->setText(tr("%n finding(s) in the Python code of %1", nullptr, int(findings->size()))
                          .arg(folder));
    return true;
}

void MainWindow::showCodeFile(const QString &path, int line)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_status->setText(tr("Cannot read %1: %2").arg(path, file.errorString()));
        return;
    }
    m_fileView->setCode(QString::fromUtf8(file.readAll()));
    m_fileView->showLine(line);
    const int tab = m_codeTabs->indexOf(m_fileView);
    m_codeTabs->setTabText(tab, QFileInfo(path).fileName());
    m_codeTabs->setTabToolTip(tab, path);
    m_codeTabs->setTabVisible(tab, true);
    m_codeTabs->setCurrentIndex(tab);
}

void MainWindow::newDesign()
{
    if (!maybeSave())
        return;
    Core::Schema empty;
    empty.name = tr("untitled");
    m_document->reset(empty);
    m_document->setFilePath(QString());
    updateTitle();
}

void MainWindow::findTable(const QString &text)
{
    const QString needle = text.trimmed();
    for (int i = 0; i < m_tables->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_tables->topLevelItem(i);
        const bool match = needle.isEmpty() || item->text(0).contains(needle, Qt::CaseInsensitive)
                           || item->text(1).contains(needle, Qt::CaseInsensitive);
        item->setHidden(!match);
    }
}

void MainWindow::autoLayout()
{
    // The cards' real sizes, so that nothing overlaps however the fonts came out.
    QHash<QString, QSizeF> sizes;
    for (TableItem *card : m_scene->tableItems())
        sizes.insert(card->tableId(), card->boundingRect().size());
    QString warning;
    const QHash<QString, QPointF> positions = Core::autoLayout(m_document->schema(), sizes, &warning);
    m_document->moveTables(positions, false);
    m_view->zoomToFit();
    m_status->setText(warning.isEmpty() ? tr("Arranged %n table(s)", nullptr, int(positions.size()))
                                        : warning);
}

bool MainWindow::exportModels(const QString &folder, bool package)
{
    if (!Core::validate(m_document->schema()).empty()) {
        QMessageBox::warning(this, tr("Cannot export the models"),
                             tr("The design cannot be generated yet; see the Models pane."));
        return false;
    }
    Core::GeneratorOptions options;
    options.layout = package ? Core::GeneratorOptions::Layout::Package
                             : Core::GeneratorOptions::Layout::Module;
    const auto files = Core::generateSqlModel(m_document->schema(), options);
    for (const Core::GeneratedFile &f : files) {
        const QString path = QDir(folder).filePath(f.path);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QSaveFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(f.content.toUtf8()) < 0 || !out.commit()) {
            QMessageBox::critical(this, tr("Cannot export the models"),
                                  tr("%1: %2").arg(path, out.errorString()));
            return false;
        }
    }
    m_status->setText(tr("Wrote %n file(s) to %1", nullptr, int(files.size())).arg(folder));
    return true;
}

bool MainWindow::exportDiagram(const QString &path)
{
    QString error;
    if (!renderDiagram(m_document->schema(), path, 2.0, &error)) {
        QMessageBox::critical(this, tr("Cannot export the diagram"), error);
        return false;
    }
    m_status->setText(tr("Wrote %1").arg(path));
    return true;
}

QStringList MainWindow::recentFiles()
{
    return QSettings().value(QStringLiteral("recentFiles")).toStringList();
}

void MainWindow::rememberRecent(const QString &path)
{
    QStringList list = recentFiles();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > 10)
        list.removeLast();
    QSettings().setValue(QStringLiteral("recentFiles"), list);
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList list = recentFiles();
    for (const QString &path : list) {
        QAction *a = m_recentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] {
            if (maybeSave())
                openProject(path);
        });
        a->setToolTip(path);
        a->setEnabled(QFileInfo::exists(path));
    }
    if (list.isEmpty())
        m_recentMenu->addAction(tr("No recent designs"))->setEnabled(false);
}

} // namespace Ui
