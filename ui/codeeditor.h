// SPDX-FileCopyrightText: 2026 SQLModel Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A read-only Python code pane: QScintilla wrapped once, with the Python lexer, line numbers and
// colours that follow the application palette (light and dark).

#include <QWidget>

#include <functional>

class QsciScintilla;

namespace Ui {

class CodeEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit CodeEditor(QWidget *parent = nullptr);

    // Keeps the scroll position when the text changes; only the part that differs is replaced,
    // so a small change to a large module costs little.
    void setCode(const QString &code);
    QString code() const; // brings the text up to date first (see setBeforeRead)
    // Called before the text is read, for panes whose text is computed elsewhere.
    void setBeforeRead(std::function<void()> beforeRead) { m_beforeRead = std::move(beforeRead); }
    // Scrolls so that the first line matching `pattern` (e.g. "class Hero(") is at the top.
    bool scrollToLineStartingWith(const QString &prefix);
    // Puts the cursor on a 1-based line, selects it and scrolls it into the middle of the view.
    void showLine(int line);
    int cursorLine() const; // 1-based

    // The text of a 1-based line, without its line break.
    QString lineText(int line) const;
    // Where a 1-based line is on screen (in textViewport() coordinates); for tests that click.
    QWidget *textViewport() const;
    QPoint pointOfLine(int line) const;

Q_SIGNALS:
    // The user clicked in the text, on a 1-based line.
    void lineClicked(int line);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyPalette();

    QsciScintilla *m_editor;
    std::function<void()> m_beforeRead;
    QString m_code;          // what setCode() last put in, while the user has not edited it
    bool m_codeValid = false;
};

} // namespace Ui
