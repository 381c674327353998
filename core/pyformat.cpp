// SPDX-FileCopyrightText: 2026 SQLModel Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pyformat.h"

#include "pythonwriter.h"

#include <QSet>

#include <algorithm>

namespace Core::Python {

Expr Expr::atom(const QString &text)
{
    Expr e;
    e.text = text;
    return e;
}

Expr Expr::call(const QString &callee)
{
    Expr e;
    e.kind = Kind::Call;
    e.text = callee;
    return e;
}

Expr Expr::tuple()
{
    Expr e;
    e.kind = Kind::Tuple;
    return e;
}

Expr Expr::list()
{
    Expr e;
    e.kind = Kind::List;
    return e;
}

Expr Expr::dict()
{
    Expr e;
    e.kind = Kind::Dict;
    return e;
}

Expr &Expr::arg(const Expr &value)
{
    items.emplace_back(QString(), value);
    return *this;
}

Expr &Expr::kwarg(const QString &name, const Expr &value)
{
    items.emplace_back(name + u'=', value);
    return *this;
}

Expr &Expr::entry(const QString &key, const Expr &value)
{
    items.emplace_back(key + QLatin1String(": "), value);
    return *this;
}

namespace {

QString openerOf(const Expr &e)
{
    switch (e.kind) {
    case Expr::Kind::Call: return e.text + u'(';
    case Expr::Kind::Tuple: return QStringLiteral("(");
    case Expr::Kind::List: return QStringLiteral("[");
    case Expr::Kind::Dict: return QStringLiteral("{");
    case Expr::Kind::Atom: break;
    }
    return {};
}

QString closerOf(const Expr &e)
{
    switch (e.kind) {
    case Expr::Kind::Call:
    case Expr::Kind::Tuple: return QStringLiteral(")");
    case Expr::Kind::List: return QStringLiteral("]");
    case Expr::Kind::Dict: return QStringLiteral("}");
    case Expr::Kind::Atom: break;
    }
    return {};
}

QString joinedItems(const Expr &e)
{
    QString s;
    for (std::size_t i = 0; i < e.items.size(); ++i) {
        if (i)
            s += QLatin1String(", ");
        s += e.items[i].first + e.items[i].second.flat();
    }
    // A one-element tuple keeps its comma.
    if (e.kind == Expr::Kind::Tuple && e.items.size() == 1)
        s += u',';
    return s;
}

bool isWide(char32_t c)
{
    return (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0x303e)
           || (c >= 0x3041 && c <= 0x33ff) || (c >= 0x3400 && c <= 0x4dbf)
           || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xa000 && c <= 0xa4cf)
           || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff)
           || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60)
           || (c >= 0xffe0 && c <= 0xffe6) || (c >= 0x1f300 && c <= 0x1f64f)
           || (c >= 0x1f900 && c <= 0x1f9ff) || (c >= 0x20000 && c <= 0x3fffd);
}

bool isNarrow(const QString &text)
{
    return std::all_of(text.begin(), text.end(), [](QChar ch) { return ch.unicode() < 0x300; });
}

// The display width of e.flat() without building it, or -1 when some text is not narrow (then
// the caller measures the built string).
qsizetype flatWidth(const Expr &e)
{
    if (!isNarrow(e.text))
        return -1;
    if (e.kind == Expr::Kind::Atom)
        return e.text.size();
    qsizetype width = e.kind == Expr::Kind::Call ? e.text.size() + 2 : 2; // opener and closer
    for (std::size_t i = 0; i < e.items.size(); ++i) {
        const qsizetype item = flatWidth(e.items[i].second);
        if (item < 0 || !isNarrow(e.items[i].first))
            return -1;
        width += (i ? 2 : 0) + e.items[i].first.size() + item;
    }
    if (e.kind == Expr::Kind::Tuple && e.items.size() == 1)
        ++width;
    return width;
}

} // namespace

QString Expr::flat() const
{
    if (kind == Kind::Atom)
        return text;
    return openerOf(*this) + joinedItems(*this) + closerOf(*this);
}

int displayWidth(const QString &text)
{
    // Fast path: nearly all generated text is narrow (below U+0300, where nothing is wide or
    // combining).
    bool narrow = true;
    for (QChar ch : text) {
        if (ch.unicode() >= 0x300) {
            narrow = false;
            break;
        }
    }
    if (narrow)
        return int(text.size());
    int width = 0;
    for (char32_t c : text.toUcs4()) {
        const auto cat = QChar::category(c);
        if (cat == QChar::Mark_NonSpacing || cat == QChar::Mark_Enclosing)
            continue;
        width += isWide(c) ? 2 : 1;
    }
    return width;
}

void layout(QStringList &out, int indent, const QString &prefix, const Expr &expr,
            const QString &suffix)
{
    const QString pad(indent, u' ');
    // Whether it fits on one line is decided, where the text is narrow, from widths alone: a
    // long call is not rendered flat only to be thrown away (and again at every nesting level).
    const qsizetype width = flatWidth(expr);
    const bool narrowEnds = isNarrow(prefix) && isNarrow(suffix);
    const bool fits = width >= 0 && narrowEnds
                          ? indent + prefix.size() + width + suffix.size() <= LineLength
                          : displayWidth(pad + prefix + expr.flat() + suffix) <= LineLength;
    if (fits || expr.kind == Expr::Kind::Atom || expr.items.empty()) {
        out << pad + prefix + expr.flat() + suffix;
        return;
    }
    out << pad + prefix + openerOf(expr);
    const int inner = indent + 4;
    const bool isCall = expr.kind == Expr::Kind::Call;
    const bool hasComma = expr.items.size() > 1 || expr.kind == Expr::Kind::Tuple;
    const QString body = QString(inner, u' ') + joinedItems(expr);
    if (isCall && displayWidth(body) <= LineLength) {
        out << body;
    } else if (hasComma) {
        for (const auto &[key, value] : expr.items)
            layout(out, inner, key, value, QStringLiteral(","));
    } else {
        layout(out, inner, expr.items.front().first, expr.items.front().second);
    }
    out << pad + closerOf(expr) + suffix;
}

void commentLines(QStringList &out, int indent, const QString &text)
{
    const QString pad(indent, u' ');
    const QStringList paragraphs = text.split(u'\n');
    for (const QString &para : paragraphs) {
        const QString clean = commentText(para);
        if (clean.isEmpty())
            continue;
        QString line = pad + QLatin1String("#");
        bool empty = true;
        for (const QString &word : clean.split(u' ', Qt::SkipEmptyParts)) {
            if (!empty && displayWidth(line) + 1 + displayWidth(word) > LineLength) {
                out << line;
                line = pad + QLatin1String("#");
                empty = true;
            }
            line += u' ' + word;
            empty = false;
        }
        if (!empty)
            out << line;
    }
}

void blankLines(QStringList &out, int n)
{
    while (!out.isEmpty() && out.last().isEmpty())
        out.removeLast();
    if (out.isEmpty())
        return;
    for (int i = 0; i < n; ++i)
        out << QString();
}

QString generatedHeader(const QString &what, const QString &designName, const QStringList &more)
{
    QStringList lines;
    commentLines(lines, 0,
                 QStringLiteral("%1 for the design \"%2\", generated by SQLModel Studio.")
                     .arg(what, designName.isEmpty() ? QStringLiteral("untitled") : designName));
    for (const QString &paragraph : more) {
        lines << QStringLiteral("#");
        commentLines(lines, 0, paragraph);
    }
    return lines.join(u'\n');
}

QString assemble(const QString &head, const Imports &imports, const QStringList &body)
{
    QStringList out;
    out << head;
    const QStringList imp = imports.render();
    if (!imp.isEmpty())
        out << QString() << imp;
    QStringList b = body;
    while (!b.isEmpty() && b.first().isEmpty())
        b.removeFirst();
    if (!b.isEmpty()) {
        // Two blank lines before a def or class after the imports, one before other statements.
        const QString &first = b.first();
        const bool def = first.startsWith(QLatin1String("def "))
                         || first.startsWith(QLatin1String("async def "))
                         || first.startsWith(QLatin1String("class ")) || first.startsWith(u'@');
        out << QString();
        if (def && !imp.isEmpty())
            out << QString();
        out << b;
    }
    while (!out.isEmpty() && out.last().isEmpty())
        out.removeLast();
    return out.join(u'\n') + u'\n';
}

namespace {

bool caseInsensitiveLess(const QString &a, const QString &b)
{
    const int c = QString::compare(a, b, Qt::CaseInsensitive);
    return c != 0 ? c < 0 : a < b;
}

// isort's order of names: CONSTANTS, then Classes, then functions/variables (order-by-type),
// each case-insensitively; `Name as Alias` sorts by Name.
QStringList sortedNames(const std::set<QString> &names)
{
    auto rank = [](const QString &n) {
        const QString name = n.section(u' ', 0, 0);
        if (name.size() > 1 && name == name.toUpper())
            return 0;
        return !name.isEmpty() && name.front().isUpper() ? 1 : 2;
    };
    QStringList v(names.begin(), names.end());
    std::sort(v.begin(), v.end(), [&](const QString &a, const QString &b) {
        if (rank(a) != rank(b))
            return rank(a) < rank(b);
        return caseInsensitiveLess(a, b);
    });
    return v;
}

QStringList fromStatement(const QString &module, const std::set<QString> &names, int indent)
{
    const QStringList sorted = sortedNames(names);
    const QString pad(indent, u' ');
    const QString head = pad + QLatin1String("from ") + module + QLatin1String(" import ");
    const QString one = head + sorted.join(QLatin1String(", "));
    if (displayWidth(one) <= LineLength)
        return {one};
    QStringList lines{head + u'('};
    for (const QString &n : sorted)
        lines << pad + QLatin1String("    ") + n + u',';
    lines << pad + u')';
    return lines;
}

// Plain names share one statement; each `Name as Alias` gets its own (combine-as-imports is
// off). Statements of one module sort by their first name, in the order of names.
QStringList fromLines(const QString &module, const std::set<QString> &names, int indent = 0)
{
    std::set<QString> plain;
    QStringList aliased;
    for (const QString &n : names) {
        if (n.contains(u' '))
            aliased << n;
        else
            plain.insert(n);
    }
    QStringList keys = aliased;
    if (!plain.empty())
        keys << sortedNames(plain).front();
    QStringList out;
    for (const QString &key : sortedNames({keys.begin(), keys.end()}))
        out << (key.contains(u' ') ? fromStatement(module, {key}, indent)
                                   : fromStatement(module, plain, indent));
    return out;
}

} // namespace

Imports::Section Imports::sectionOf(const QString &module)
{
    static const QSet<QString> stdlib = {"collections", "datetime",  "decimal", "enum",
                                         "typing",      "uuid",      "contextlib", "functools",
                                         "re",          "urllib",    "asyncio", "time"};
    return stdlib.contains(module.section(u'.', 0, 0)) ? Section::Std : Section::Third;
}

void Imports::add(Section s, const QString &module, const QString &name)
{
    m_from[int(s)][module].insert(name);
}

void Imports::addModule(const QString &module, const QString &alias)
{
    addModule(sectionOf(module), module, alias);
}

void Imports::addModule(Section s, const QString &module, const QString &alias)
{
    m_plain[int(s)][module] = alias;
}

void Imports::addLocal(const QString &module, const QString &name) { m_local[module].insert(name); }

void Imports::addTypeChecking(const QString &module, const QString &name)
{
    m_typeChecking[module].insert(name);
}

QStringList Imports::render() const
{
    QStringList out;
    auto emitBlock = [&](const QStringList &block) {
        if (block.isEmpty())
            return;
        if (!out.isEmpty())
            out << QString();
        out << block;
    };
    for (int s = 0; s < 3; ++s) {
        QStringList lines;
        QStringList plains;
        for (const auto &[m, alias] : m_plain[s])
            plains << m;
        std::sort(plains.begin(), plains.end(), caseInsensitiveLess);
        for (const QString &m : plains) {
            const QString alias = m_plain[s].at(m);
            lines << QLatin1String("import ") + m
                         + (alias.isEmpty() ? QString() : QLatin1String(" as ") + alias);
        }
        QStringList froms;
        for (const auto &[m, names] : m_from[s])
            froms << m;
        std::sort(froms.begin(), froms.end(), caseInsensitiveLess);
        for (const QString &m : froms)
            lines << fromLines(m, m_from[s].at(m));
        emitBlock(lines);
    }
    QStringList local;
    for (const auto &[m, names] : m_local)
        local << fromLines(m, names);
    emitBlock(local);
    if (!m_typeChecking.empty()) {
        QStringList block{QStringLiteral("if TYPE_CHECKING:")};
        for (const auto &[m, names] : m_typeChecking)
            block << fromLines(m, names, 4);
        emitBlock(block);
    }
    return out;
}

} // namespace Core::Python
