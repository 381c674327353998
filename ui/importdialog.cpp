// SPDX-FileCopyrightText: 2026 SQLModel Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importdialog.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEventLoop>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QThread>
#include <QVBoxLayout>

#include <memory>

namespace Ui {

namespace {

// libpq keyword values: quoted when they hold spaces, quotes or backslashes.
QString keywordValue(const QString &v)
{
    if (!v.isEmpty() && !v.contains(u' ') && !v.contains(u'\'') && !v.contains(u'\\'))
        return v;
    QString q = v;
    q.replace(u'\\', QLatin1String("\\\\"));
    q.replace(u'\'', QLatin1String("\\'"));
    return u'\'' + q + u'\'';
}

} // namespace

ImportDialog::ImportDialog(QWidget *parent)
    : QDialog(parent)
    , m_kind(new QButtonGroup(this))
    , m_pages(new QStackedWidget(this))
    , m_path(new QLineEdit(this))
    , m_dialect(new QComboBox(this))
    , m_host(new QLineEdit(QStringLiteral("localhost"), this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_sslmode(new QComboBox(this))
    , m_schemas(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Import Database"));
    setObjectName(QStringLiteral("importDialog"));

    auto *fileRadio = new QRadioButton(tr("SQLite database file"), this);
    auto *scriptRadio = new QRadioButton(tr("SQL script"), this);
    auto *pgRadio = new QRadioButton(tr("PostgreSQL server"), this);
    m_kind->addButton(fileRadio, int(Source::SqliteFile));
    m_kind->addButton(scriptRadio, int(Source::Script));
    m_kind->addButton(pgRadio, int(Source::Postgres));
    fileRadio->setChecked(true);
    auto *kinds = new QHBoxLayout;
    kinds->addWidget(fileRadio);
    kinds->addWidget(scriptRadio);
    kinds->addWidget(pgRadio);
    kinds->addStretch(1);

    // File page: a path, and for scripts the dialect.
    auto *filePage = new QWidget(this);
    auto *browseButton = new QPushButton(tr("Browse…"), filePage);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browseButton);
    m_path->setPlaceholderText(tr("/path/to/database.db or schema.sql"));
    m_dialect->addItem(tr("Guess from the content"), QString());
    m_dialect->addItem(tr("SQLite"), QStringLiteral("sqlite"));
    m_dialect->addItem(tr("PostgreSQL"), QStringLiteral("postgresql"));
    auto *fileForm = new QFormLayout(filePage);
    fileForm->setContentsMargins(0, 0, 0, 0);
    auto *fileLabel = new QLabel(tr("&File:"), filePage);
    fileLabel->setBuddy(m_path);
    fileForm->addRow(fileLabel, pathRow);
    fileForm->addRow(tr("&Dialect:"), m_dialect);
    connect(browseButton, &QPushButton::clicked, this, &ImportDialog::browse);

    // Server page: libpq's connection fields. The password is used for this import only.
    auto *pgPage = new QWidget(this);
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("empty: PGPASSWORD or ~/.pgpass"));
    m_password->setToolTip(tr("Used for this import only: never shown again, never saved in the "
                              "project"));
    for (const char *mode : {"prefer", "disable", "allow", "require", "verify-ca", "verify-full"})
        m_sslmode->addItem(QString::fromLatin1(mode));
    m_schemas->setPlaceholderText(tr("all but the system schemas"));
    auto *pgForm = new QFormLayout(pgPage);
    pgForm->setContentsMargins(0, 0, 0, 0);
    pgForm->addRow(tr("&Host:"), m_host);
    pgForm->addRow(tr("&Port:"), m_port);
    pgForm->addRow(tr("Data&base:"), m_database);
    pgForm->addRow(tr("&User:"), m_user);
    pgForm->addRow(tr("Pass&word:"), m_password);
    pgForm->addRow(tr("&SSL mode:"), m_sslmode);
    m_pages->addWidget(filePage);
    m_pages->addWidget(pgPage);
    // Only the current page takes room: the dialog is as tall as what it shows.
    connect(m_pages, &QStackedWidget::currentChanged, this, [this](int current) {
        for (int i = 0; i < m_pages->count(); ++i)
            m_pages->widget(i)->setSizePolicy(QSizePolicy::Preferred, i == current
                                                                          ? QSizePolicy::Preferred
                                                                          : QSizePolicy::Ignored);
        m_pages->adjustSize();
        adjustSize();
    });

    auto *schemaForm = new QFormLayout;
    schemaForm->addRow(tr("S&chemas:"), m_schemas);
    m_schemas->setToolTip(tr("PostgreSQL schemas to import, separated by commas"));

    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setObjectName(QStringLiteral("importError"));
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->hide();
    m_busy->setRange(0, 0);
    m_busy->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(kinds);
    layout->addWidget(m_pages);
    layout->addLayout(schemaForm);
    auto *note = new QLabel(tr("The source is only read: SQLite files are opened read-only and "
                               "PostgreSQL is read in a read-only transaction."),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);
    layout->addWidget(m_error);
    layout->addWidget(m_busy);
    layout->addWidget(m_buttons);

    connect(m_kind, &QButtonGroup::idClicked, this, [this] { updateState(); });
    connect(m_path, &QLineEdit::textChanged, this, [this] { updateState(); });
    connect(m_database, &QLineEdit::textChanged, this, [this] { updateState(); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ImportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);
    m_pages->widget(1)->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Ignored);
    updateState();
    resize(560, sizeHint().height());
}

ImportDialog::~ImportDialog() = default;

void ImportDialog::setSource(Source source)
{
    m_kind->button(int(source))->setChecked(true);
    updateState();
}

void ImportDialog::setPath(const QString &path) { m_path->setText(path); }

void ImportDialog::setPostgres(const QString &host, int port, const QString &database,
                               const QString &user)
{
    m_host->setText(host);
    m_port->setValue(port);
    m_database->setText(database);
    m_user->setText(user);
    setSource(Source::Postgres);
}

void ImportDialog::setSchemas(const QString &commaSeparated) { m_schemas->setText(commaSeparated); }

void ImportDialog::browse()
{
    const bool script = m_kind->checkedId() == int(Source::Script);
    const QString filter = script ? tr("SQL scripts (*.sql);;All files (*)")
                                  : tr("SQLite databases (*.db *.sqlite *.sqlite3 *.db3);;All files (*)");
    const QString path = QFileDialog::getOpenFileName(this, windowTitle(), m_path->text(), filter);
    if (!path.isEmpty())
        m_path->setText(path);
}

void ImportDialog::updateState()
{
    const auto source = Source(m_kind->checkedId());
    m_pages->setCurrentIndex(source == Source::Postgres ? 1 : 0);
    m_dialect->setEnabled(source == Source::Script);
    m_schemas->setEnabled(source != Source::SqliteFile);
    const bool ready = source == Source::Postgres ? !m_database->text().trimmed().isEmpty()
                                                  : !m_path->text().trimmed().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ready);
}

QString ImportDialog::sourceArgument() const
{
    if (Source(m_kind->checkedId()) != Source::Postgres)
        return m_path->text().trimmed();
    QStringList kv;
    auto add = [&](const char *key, const QString &value) {
        if (!value.isEmpty())
            kv << QLatin1String(key) + u'=' + keywordValue(value);
    };
    add("host", m_host->text().trimmed());
    add("port", QString::number(m_port->value()));
    add("dbname", m_database->text().trimmed());
    add("user", m_user->text().trimmed());
    add("password", m_password->text());
    add("sslmode", m_sslmode->currentText());
    return kv.join(u' ');
}

Core::Import::Options ImportDialog::options() const
{
    Core::Import::Options o;
    const QString d = m_dialect->currentData().toString();
    if (Source(m_kind->checkedId()) == Source::Script && !d.isEmpty())
        o.dialect = d == QLatin1String("sqlite") ? Core::Import::Dialect::Sqlite
                                                 : Core::Import::Dialect::PostgreSql;
    for (const QString &s : m_schemas->text().split(u',', Qt::SkipEmptyParts))
        o.schemas << s.trimmed();
    return o;
}

QString ImportDialog::errorText() const { return m_error->isHidden() ? QString() : m_error->text(); }

bool ImportDialog::runImport()
{
    m_error->hide();
    m_busy->show();
    setEnabled(false);
    const QString source = sourceArgument();
    const Core::Import::Options opts = options();
    auto result = std::make_shared<Core::Import::Result>();
    QEventLoop loop;
    QThread *worker = QThread::create([source, opts, result] {
        *result = Core::Import::importSource(source, opts);
    });
    connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    worker->wait();
    delete worker;
    setEnabled(true);
    m_busy->hide();
    if (!result->ok()) {
        m_error->setText(result->error);
        m_error->show();
        return false;
    }
    m_result = std::move(result->schema);
    return true;
}

void ImportDialog::accept()
{
    if (runImport())
        QDialog::accept();
}

} // namespace Ui
