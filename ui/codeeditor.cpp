// SPDX-FileCopyrightText: 2026 SQLModel Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "codeeditor.h"

#include <algorithm>

#include <Qsci/qscilexerpython.h>
#include <Qsci/qsciscintilla.h>

#include <QEvent>
#include <QMouseEvent>
#include <QFontDatabase>
#include <QVBoxLayout>

namespace Ui {

CodeEditor::CodeEditor(QWidget *parent)
    : QWidget(parent)
    , m_editor(new QsciScintilla(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_editor);

    auto *lexer = new QsciLexerPython(m_editor);
    m_editor->setLexer(lexer);
    m_editor->setReadOnly(true);
    m_editor->setUtf8(true);
    m_editor->setMarginType(0, QsciScintilla::NumberMargin);
    m_editor->setMarginLineNumbers(0, true);
    m_editor->setFolding(QsciScintilla::BoxedTreeFoldStyle);
    m_editor->viewport()->installEventFilter(this);
    // An edit by the user (where the pane is editable) makes the remembered text stale.
    connect(m_editor, &QsciScintilla::textChanged, this, [this] { m_codeValid = false; });
    m_editor->setIndentationGuides(true);
    m_editor->setEdgeMode(QsciScintilla::EdgeLine);
    m_editor->setEdgeColumn(88);
    m_editor->setWrapMode(QsciScintilla::WrapNone);
    // Size the horizontal scroll range to the text instead of a fixed 2000 pixels.
    m_editor->SendScintilla(QsciScintillaBase::SCI_SETSCROLLWIDTH, 1);
    m_editor->SendScintilla(QsciScintillaBase::SCI_SETSCROLLWIDTHTRACKING, true);
    applyPalette();
}

void CodeEditor::applyPalette()
{
    const QPalette pal = palette();
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    const QColor base = pal.color(QPalette::Base);
    const QColor text = pal.color(QPalette::Text);
    const bool dark = base.lightness() < 128;
    auto *lexer = static_cast<QsciLexerPython *>(m_editor->lexer());
    lexer->setDefaultFont(mono);
    lexer->setFont(mono);
    lexer->setDefaultPaper(base);
    lexer->setPaper(base);
    lexer->setDefaultColor(text);
    lexer->setColor(text);
    const QColor keyword = dark ? QColor(0xc6, 0x78, 0xdd) : QColor(0x7a, 0x1f, 0xa2);
    const QColor string = dark ? QColor(0x98, 0xc3, 0x79) : QColor(0x2e, 0x7d, 0x32);
    const QColor comment = dark ? QColor(0x7f, 0x84, 0x8e) : QColor(0x6a, 0x73, 0x7d);
    const QColor number = dark ? QColor(0xd1, 0x9a, 0x66) : QColor(0xb3, 0x5c, 0x00);
    const QColor klass = dark ? QColor(0xe5, 0xc0, 0x7b) : QColor(0x00, 0x5c, 0xc5);
    lexer->setColor(keyword, QsciLexerPython::Keyword);
    for (int style : {QsciLexerPython::DoubleQuotedString, QsciLexerPython::SingleQuotedString,
                      QsciLexerPython::TripleDoubleQuotedString, QsciLexerPython::TripleSingleQuotedString,
                      QsciLexerPython::DoubleQuotedFString, QsciLexerPython::SingleQuotedFString})
        lexer->setColor(string, style);
    lexer->setColor(comment, QsciLexerPython::Comment);
    lexer->setColor(comment, QsciLexerPython::CommentBlock);
    lexer->setColor(number, QsciLexerPython::Number);
    lexer->setColor(klass, QsciLexerPython::ClassName);
    lexer->setColor(klass, QsciLexerPython::FunctionMethodName);
    lexer->setColor(number, QsciLexerPython::Decorator);
    m_editor->setMarginsBackgroundColor(pal.color(QPalette::Window));
    m_editor->setMarginsForegroundColor(pal.color(QPalette::PlaceholderText));
    m_editor->setMarginsFont(mono);
    m_editor->setMarginWidth(0, QStringLiteral("00000"));
    m_editor->setCaretForegroundColor(text);
    m_editor->setSelectionBackgroundColor(pal.color(QPalette::Highlight));
    m_editor->setSelectionForegroundColor(pal.color(QPalette::HighlightedText));
    m_editor->setEdgeColor(pal.color(QPalette::Mid));
    m_editor->setFoldMarginColors(pal.color(QPalette::Window), pal.color(QPalette::Window));
}

bool CodeEditor::eventFilter(QObject *watched, QEvent *event)
{
    // After QScintilla has placed the cursor where the click landed.
    if (watched == m_editor->viewport() && event->type() == QEvent::MouseButtonRelease
        && static_cast<QMouseEvent *>(event)->button() == Qt::LeftButton) {
        QMetaObject::invokeMethod(this, [this] { Q_EMIT lineClicked(cursorLine()); }, Qt::QueuedConnection);
    }
    return QWidget::eventFilter(watched, event);
}

QString CodeEditor::lineText(int line) const
{
    QString text = m_editor->text(line - 1);
    while (text.endsWith(u'\n') || text.endsWith(u'\r'))
        text.chop(1);
    return text;
}

QWidget *CodeEditor::textViewport() const
{
    return m_editor->viewport();
}

QPoint CodeEditor::pointOfLine(int line) const
{
    const long pos = m_editor->positionFromLineIndex(line - 1, 0);
    const int x = int(m_editor->SendScintilla(QsciScintilla::SCI_POINTXFROMPOSITION, 0UL, pos));
    const int y = int(m_editor->SendScintilla(QsciScintilla::SCI_POINTYFROMPOSITION, 0UL, pos));
    const int height = int(m_editor->SendScintilla(QsciScintilla::SCI_TEXTHEIGHT, line - 1));
    return {x + 4, y + height / 2};
}

void CodeEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    QWidget::changeEvent(event);
}

namespace {

// The UTF-8 length of UTF-16 text: Scintilla positions count UTF-8 bytes.
qsizetype utf8Length(QStringView text)
{
    qsizetype n = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c < 0x80) {
            n += 1;
        } else if (c < 0x800) {
            n += 2;
        } else if (QChar::isHighSurrogate(c) && i + 1 < text.size() && QChar::isLowSurrogate(text[i + 1].unicode())) {
            n += 4;
            ++i;
        } else {
            n += 3;
        }
    }
    return n;
}

} // namespace

void CodeEditor::setCode(const QString &code)
{
    const QString old = m_codeValid ? m_code : m_editor->text();
    if (old == code)
        return;
    const int first = m_editor->firstVisibleLine();
    const bool readOnly = m_editor->isReadOnly();
    m_editor->setReadOnly(false);
    if (old.isEmpty() || code.isEmpty()) {
        m_editor->setText(code);
    } else {
        // Replace only what lies between the common beginning and the common end.
        const qsizetype shorter = std::min(old.size(), code.size());
        qsizetype prefix = 0;
        while (prefix < shorter && old.at(prefix) == code.at(prefix))
            ++prefix;
        if (prefix > 0 && old.at(prefix - 1).isHighSurrogate())
            --prefix;
        qsizetype suffix = 0;
        while (suffix < shorter - prefix
               && old.at(old.size() - 1 - suffix) == code.at(code.size() - 1 - suffix))
            ++suffix;
        if (suffix > 0 && old.at(old.size() - suffix).isLowSurrogate())
            --suffix;
        const qsizetype start = utf8Length(QStringView(old).first(prefix));
        const qsizetype end = start + utf8Length(QStringView(old).sliced(prefix, old.size() - prefix - suffix));
        const QByteArray middle = QStringView(code).sliced(prefix, code.size() - prefix - suffix).toUtf8();
        m_editor->SendScintilla(QsciScintilla::SCI_SETTARGETRANGE, uintptr_t(start), intptr_t(end));
        m_editor->SendScintilla(QsciScintilla::SCI_REPLACETARGET, uintptr_t(middle.size()), middle.constData());
    }
    // A generated text is not an edit the user could undo.
    m_editor->SendScintilla(QsciScintilla::SCI_EMPTYUNDOBUFFER);
    m_editor->setReadOnly(readOnly);
    m_editor->setFirstVisibleLine(first);
    m_code = code;
    m_codeValid = true;
}

QString CodeEditor::code() const
{
    if (m_beforeRead)
        m_beforeRead();
    return m_codeValid ? m_code : m_editor->text();
}

void CodeEditor::showLine(int line)
{
    const int index = std::clamp(line - 1, 0, std::max(0, m_editor->lines() - 1));
    m_editor->setCursorPosition(index, 0);
    // Selected from its end back to its start, so that the cursor stays on the line.
    const int length = int(m_editor->text(index).remove(u'\n').remove(u'\r').size());
    m_editor->setSelection(index, length, index, 0);
    const int onScreen = int(m_editor->SendScintilla(QsciScintilla::SCI_LINESONSCREEN));
    m_editor->setFirstVisibleLine(std::max(0, index - onScreen / 2));
}

int CodeEditor::cursorLine() const
{
    int line = 0;
    int col = 0;
    m_editor->getCursorPosition(&line, &col);
    return line + 1;
}

bool CodeEditor::scrollToLineStartingWith(const QString &prefix)
{
    const int lines = m_editor->lines();
    for (int i = 0; i < lines; ++i) {
        if (m_editor->text(i).startsWith(prefix)) {
            m_editor->setFirstVisibleLine(i);
            m_editor->setCursorPosition(i, 0);
            return true;
        }
    }
    return false;
}

} // namespace Ui
