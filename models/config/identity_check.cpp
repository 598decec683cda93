#include "config/identity_check.h"

#include "config/visitor_uuid_key.h"
#include "text/untrusted_text.h"

#include <QRegularExpression>

#include <algorithm>

namespace engage {

namespace {

// The catalogue's regex for a "custom_field:KEY" destination, when it has a valid one.
std::optional<QRegularExpression> compiledRegexOf(const CommunityConfig& config,
                                                  const QString& field)
{
    const std::optional<QString> pattern = customFieldRegexOf(config, field);
    if (!pattern)
        return std::nullopt;
    QRegularExpression expression(*pattern);
    if (!expression.isValid())
        return std::nullopt;
    return expression;
}

// A number as JSON writes it: "5", "5.0", "-1e3"; not "+5" or "05", which a phone number or
// a code may be.
bool isJsonNumber(const QString& text)
{
    static const QRegularExpression number(
        QStringLiteral("^-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?$"));
    return number.match(text).hasMatch();
}

// Whether the group holds the value the mapping should have written. Numbers compare by
// value: the website may send 5 where Engage gives the field back as 5.0.
bool holds(const QStringList& held, const QString& expected)
{
    if (held.contains(expected))
        return true;
    if (!isJsonNumber(expected))
        return false;
    return std::any_of(held.cbegin(), held.cend(), [&expected](const QString& value) {
        return isJsonNumber(value) && value.toDouble() == expected.toDouble();
    });
}

} // namespace

QList<IdentityFieldCheck> IdentityCheck::of(const CommunityConfig& config,
                                            const IdentityRecord& identity,
                                            const std::optional<IdentityGroupRecord>& group)
{
    QList<IdentityFieldCheck> checks;
    for (const MappingRow& row : config.extraValuesMapping) {
        IdentityFieldCheck check;
        check.key = row.key;
        check.field = row.field;
        check.fieldLabel = destinationLabel(config, row.field);
        check.expected = isVisitorUuidKey(row.key) ? std::optional<QString>(identity.uuid)
                                                   : identity.extraValue(row.key);
        if (group)
            check.held = group->valuesOf(row.field);
        if (!check.expected || check.expected->isEmpty()) {
            check.verdict = IdentityFieldCheck::Verdict::NotSent;
        } else if (const auto regex = compiledRegexOf(config, row.field);
                   regex && !regex->match(*check.expected).hasMatch()) {
            check.verdict = IdentityFieldCheck::Verdict::RegexRefused;
        } else if (holds(check.held, *check.expected)) {
            check.verdict = IdentityFieldCheck::Verdict::Written;
        } else {
            check.verdict = check.held.isEmpty() ? IdentityFieldCheck::Verdict::Missing
                                                 : IdentityFieldCheck::Verdict::Different;
        }
        checks.append(std::move(check));
    }
    return checks;
}

QString IdentityCheck::describe(const IdentityFieldCheck& check)
{
    const QString key = UntrustedText::quoted(check.key);
    const QString field = UntrustedText::forDisplay(check.fieldLabel);
    const QString expected = UntrustedText::quoted(check.expected.value_or(QString()));
    QStringList held;
    for (const QString& value : check.held)
        held.append(UntrustedText::quoted(value));
    switch (check.verdict) {
    case IdentityFieldCheck::Verdict::Written:
        return tr("%1 → %2: %3 is there, as the mapping wrote it.").arg(key, field, expected);
    case IdentityFieldCheck::Verdict::NotSent:
        return tr("%1 → %2: the identity has no extra value %1, so there was nothing to write; "
                  "check that the website registers it under exactly this key.")
            .arg(key, field);
    case IdentityFieldCheck::Verdict::RegexRefused:
        return tr("%1 → %2: %3 does not match the custom field's regex, so Engage does not "
                  "store it; fix the value the website sends or the regex.")
            .arg(key, field, expected);
    case IdentityFieldCheck::Verdict::Missing:
        return tr("%1 → %2: the mapping should have written %3, but the identity group holds "
                  "nothing there; check the mapping in the admin console.")
            .arg(key, field, expected);
    case IdentityFieldCheck::Verdict::Different:
        return tr("%1 → %2: the mapping should have written %3, but the identity group holds "
                  "%4 (an agent or another identity may have changed it).")
            .arg(key, field, expected, held.join(QStringLiteral(", ")));
    }
    Q_UNREACHABLE();
}

QString IdentityCheck::code(IdentityFieldCheck::Verdict verdict)
{
    switch (verdict) {
    case IdentityFieldCheck::Verdict::Written:
        return QStringLiteral("written");
    case IdentityFieldCheck::Verdict::NotSent:
        return QStringLiteral("not_sent");
    case IdentityFieldCheck::Verdict::RegexRefused:
        return QStringLiteral("regex_refused");
    case IdentityFieldCheck::Verdict::Missing:
        return QStringLiteral("missing");
    case IdentityFieldCheck::Verdict::Different:
        return QStringLiteral("different");
    }
    Q_UNREACHABLE();
}

} // namespace engage
