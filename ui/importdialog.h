// SPDX-FileCopyrightText: 2026 SQLModel Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// File > Import Database: a SQLite file, a SQL script or a live PostgreSQL server, read on a
// worker thread so that the window stays responsive. The design in memory is untouched until an
// import succeeds; a failure is shown in the dialog, which stays open to correct the input.

#include "importer.h"

#include <QDialog>

class QButtonGroup;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QSpinBox;
class QStackedWidget;

namespace Ui {

class ImportDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ImportDialog(QWidget *parent = nullptr);
    ~ImportDialog() override;

    enum class Source { SqliteFile, Script, Postgres };
    void setSource(Source source);
    void setPath(const QString &path);
    void setPostgres(const QString &host, int port, const QString &database, const QString &user);
    void setSchemas(const QString &commaSeparated);

    // The SOURCE argument importSource() gets: a path, or a libpq keyword string whose password
    // is never shown or stored.
    QString sourceArgument() const;
    Core::Import::Options options() const;

    // Runs the import on a worker thread and waits in a local event loop; true on success.
    bool runImport();
    const Core::Schema &result() const { return m_result; }
    QString errorText() const;

    void accept() override;

private:
    void browse();
    void updateState();

    QButtonGroup *m_kind;
    QStackedWidget *m_pages;
    QLineEdit *m_path;
    QComboBox *m_dialect;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QComboBox *m_sslmode;
    QLineEdit *m_schemas;
    QLabel *m_error;
    QProgressBar *m_busy;
    QDialogButtonBox *m_buttons;
    Core::Schema m_result;
};

} // namespace Ui
