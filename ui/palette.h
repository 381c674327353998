// SPDX-FileCopyrightText: 2026 SQLModel Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The canvas palette: the things a user can drag onto the diagram ("Table", "Link table
// (many-to-many)"). A drag carries the entry's kind under MimeType; the DiagramScene accepts the
// drop. Activating an entry (double-click, Return) asks for the same thing without a drag.

#include <QListWidget>

namespace Ui {

class Palette final : public QListWidget
{
    Q_OBJECT

public:
    // The MIME type of a palette drag; its data is the kind, e.g. "table".
    static constexpr const char *MimeType = "application/x-sqlmodel-studio-palette";
    static constexpr const char *TableKind = "table";
    static constexpr const char *LinkKind = "link";

    explicit Palette(QWidget *parent = nullptr);
    ~Palette() override;

    // The drag data for an entry kind (what a drag from the palette carries).
    static QMimeData *mimeDataFor(const QString &kind);

Q_SIGNALS:
    void kindActivated(const QString &kind);

protected:
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QList<QListWidgetItem *> &items) const override;
    void changeEvent(QEvent *event) override;

private:
    void addEntry(const QString &kind, const QString &text, const QString &toolTip);
    void updateIcons();
};

} // namespace Ui
