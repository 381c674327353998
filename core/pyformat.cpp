// SPDX-FileCopyrightText: 2026 SQLModel Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pyformat.h"

#include "pythonwriter.h"

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

} // namespace

QString Expr::flat() const
{
    if (kind == Kind::Atom)
        return text;
    return openerOf(*this) + joinedItems(*this) + closerOf(*this);
}

int displayWidth(const QString &text)
{
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
    const QString flat = pad + prefix + expr.flat() + suffix;
    if (displayWidth(flat) <= LineLength || expr.kind == Expr::Kind::Atom || expr.items.empty()) {
        out << flat;
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

} // namespace Core::Python
