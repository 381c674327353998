// SPDX-FileCopyrightText: 2026 SQLModel Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A small expression tree for the Python the generators write, laid out the way `ruff format`
// (Black style, 88 columns) lays it out: a statement that fits stays on one line; otherwise a call
// puts its arguments on one indented line when they fit there, else one per line with a trailing
// comma; a collection display with more than one element always goes one element per line.

#include <QString>
#include <QStringList>

#include <vector>

namespace Core::Python {

struct Expr
{
    enum class Kind { Atom, Call, Tuple, List, Dict };
    Kind kind = Kind::Atom;
    QString text; // the atom, or the callee for a call
    // (key, value): key is "name=" for keyword arguments, "\"key\": " for dict entries,
    // empty for positional arguments and elements.
    std::vector<std::pair<QString, Expr>> items;

    static Expr atom(const QString &text);
    static Expr call(const QString &callee);
    static Expr tuple();
    static Expr list();
    static Expr dict();

    Expr &arg(const Expr &value);                      // positional argument or element
    Expr &kwarg(const QString &name, const Expr &value); // keyword argument
    Expr &entry(const QString &key, const Expr &value); // dict entry; key is a rendered literal
    bool isEmpty() const { return items.empty(); }

    QString flat() const; // one-line rendering
};

inline constexpr int LineLength = 88;

// Display width as ruff counts it: East Asian wide and fullwidth characters and emoji take two.
int displayWidth(const QString &text);

// Appends the lines of `prefix + expr + suffix` at `indent` spaces to `out`.
void layout(QStringList &out, int indent, const QString &prefix, const Expr &expr,
            const QString &suffix = {});

// Comment lines (`# ...`) for user text, wrapped at the line length; never breaks a word.
void commentLines(QStringList &out, int indent, const QString &text);

} // namespace Core::Python
