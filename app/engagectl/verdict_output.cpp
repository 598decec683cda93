#include "verdict_output.h"

#include "json/json_writer.h"
#include "text/untrusted_text.h"

#include <QCoreApplication>

namespace engage {

namespace {

// What a verdict line holds besides its punctuation: the fields of both kinds of verdict.
struct VerdictLine
{
    bool accepted = false;
    std::optional<QString> reason; // reason and message together, or neither
    const QString* message = nullptr;
    const std::optional<QString>* kid = nullptr; // signed identities only, with alg,
    const std::optional<QString>* alg = nullptr; // header and payload
    QByteArrayView header;
    QByteArrayView payload;
    const MappedFields* mappedFields = nullptr;
    const JwtHints* hints = nullptr;
};

// The line's punctuation and member names, longest case (a refusal, with every member): the
// literals of appendVerdictLine add up to 104 bytes; the rest is room for a member to come.
constexpr qsizetype verdictPunctuationSize = 128;
// Per mapped field: ':' and ','.
constexpr qsizetype mappedFieldPunctuationSize = 2;
// Per hint: {"code":,"message":} and ','.
constexpr qsizetype hintPunctuationSize = 21;
constexpr char null[] = "null";

qsizetype maxOptionalStringSize(const std::optional<QString>* text)
{
    return text && *text ? maxJsonStringSize((*text)->size()) : 0;
}

// The most the line can take: its punctuation, nulls, JSON texts and strings at their longest.
qsizetype maxLineSize(const VerdictLine& line)
{
    qsizetype size = verdictPunctuationSize + 4 * (sizeof null - 1) + line.header.size() +
                     line.payload.size() + maxOptionalStringSize(&line.reason) +
                     maxOptionalStringSize(line.kid) + maxOptionalStringSize(line.alg) +
                     (line.message ? maxJsonStringSize(line.message->size()) : 0);
    for (const MappedField& field : *line.mappedFields) {
        size += mappedFieldPunctuationSize + maxJsonStringSize(field.field.size()) +
                maxJsonStringSize(field.value.size());
    }
    for (const JwtHint& hint : *line.hints) {
        size += hintPunctuationSize + maxJsonStringSize(jwtHintName(hint.code).size()) +
                maxJsonStringSize(hint.message.size());
    }
    return size;
}

void writeOptionalString(JsonTextCursor& cursor, const std::optional<QString>& text)
{
    if (text)
        cursor.string(*text);
    else
        cursor.raw(null);
}

// Made once for the longest the line can be, then written piece by piece and trimmed: a line
// is written per token, and an append per piece would cost more than verifying the token.
void appendVerdictLine(QByteArray& out, const VerdictLine& line)
{
    const qsizetype start = out.size();
    out.resize(start + maxLineSize(line));
    JsonTextCursor cursor(out.data() + start);
    cursor.raw(line.accepted ? "{\"accepted\":true,\"reason\":"
                             : "{\"accepted\":false,\"reason\":");
    writeOptionalString(cursor, line.reason);
    cursor.raw(",\"message\":");
    if (line.reason)
        cursor.string(*line.message);
    else
        cursor.raw(null);
    if (line.kid) {
        cursor.raw(",\"kid\":");
        writeOptionalString(cursor, *line.kid);
        cursor.raw(",\"alg\":");
        writeOptionalString(cursor, *line.alg);
    }
    if (!line.header.isEmpty()) {
        cursor.raw(",\"header\":");
        cursor.raw(line.header);
    }
    if (!line.payload.isEmpty()) {
        cursor.raw(",\"payload\":");
        cursor.raw(line.payload);
    }
    cursor.raw(",\"mapped_fields\":{");
    for (qsizetype index = 0; index < line.mappedFields->size(); ++index) {
        const MappedField& field = line.mappedFields->at(index);
        if (index > 0)
            cursor.raw(",");
        cursor.string(field.field);
        cursor.raw(":");
        cursor.string(field.value);
    }
    cursor.raw("},\"hints\":[");
    for (qsizetype index = 0; index < line.hints->size(); ++index) {
        const JwtHint& hint = line.hints->at(index);
        cursor.raw(index > 0 ? ",{\"code\":" : "{\"code\":");
        cursor.string(jwtHintName(hint.code));
        cursor.raw(",\"message\":");
        cursor.string(hint.message);
        cursor.raw("}");
    }
    cursor.raw("]}");
    out.truncate(cursor.position() - out.constData());
}

std::optional<QString> reasonName(const std::optional<JwtReason>& reason)
{
    return reason ? std::optional<QString>(jwtReasonName(*reason)) : std::nullopt;
}

struct VerdictOutput
{
    Q_DECLARE_TR_FUNCTIONS(engage::VerdictOutput)
};

// Under the verdict line: each hint, the probable cause and what to change.
void printHints(QTextStream& stream, const JwtHints& hints)
{
    for (const JwtHint& hint : hints)
        stream << VerdictOutput::tr("hint: %1").arg(hint.message) << '\n';
}

void printMappedFields(QTextStream& stream, const MappedFields& fields)
{
    if (fields.isEmpty()) {
        stream << "  " << VerdictOutput::tr("No mapped field.") << '\n';
        return;
    }
    stream << "  " << VerdictOutput::tr("Mapped fields:") << '\n';
    for (const MappedField& field : fields) {
        stream << "    " << UntrustedText::forDisplay(field.field) << " = "
               << UntrustedText::forDisplay(field.value) << '\n';
    }
}

} // namespace

void appendVerdictJson(QByteArray& out, const JwtVerdict& verdict)
{
    appendVerdictLine(out, VerdictLine{verdict.accepted, reasonName(verdict.reason),
                                       &verdict.message, &verdict.kid, &verdict.alg, verdict.header,
                                       verdict.payload, &verdict.mappedFields, &verdict.hints});
}

void appendIdentityVerdictJson(QByteArray& out, const IdentityVerdict& verdict)
{
    appendVerdictLine(out, VerdictLine{verdict.accepted,
                                       reasonName(verdict.reason),
                                       &verdict.message,
                                       nullptr,
                                       nullptr,
                                       {},
                                       {},
                                       &verdict.mappedFields,
                                       &verdict.hints});
}

void printVerdict(QTextStream& stream, const JwtVerdict& verdict)
{
    if (verdict.accepted)
        stream << VerdictOutput::tr("Accepted: the signed identity is valid.") << '\n';
    else
        stream << VerdictOutput::tr("Rejected (%1): %2")
                      .arg(jwtReasonName(*verdict.reason), verdict.message)
               << '\n';
    printHints(stream, verdict.hints);
    if (verdict.kid)
        stream << "  "
               << VerdictOutput::tr("Key ID: %1").arg(UntrustedText::forDisplay(*verdict.kid))
               << '\n';
    if (verdict.alg)
        stream << "  "
               << VerdictOutput::tr("Algorithm: %1").arg(UntrustedText::forDisplay(*verdict.alg))
               << '\n';
    if (!verdict.header.isEmpty())
        stream << "  "
               << VerdictOutput::tr("Header: %1")
                      .arg(UntrustedText::forDisplay(QString::fromUtf8(verdict.header)))
               << '\n';
    if (!verdict.payload.isEmpty())
        stream << "  "
               << VerdictOutput::tr("Payload: %1")
                      .arg(UntrustedText::forDisplay(QString::fromUtf8(verdict.payload)))
               << '\n';
    if (verdict.accepted)
        printMappedFields(stream, verdict.mappedFields);
}

void printIdentityVerdict(QTextStream& stream, const IdentityVerdict& verdict)
{
    if (verdict.accepted)
        stream << VerdictOutput::tr("Accepted: the non-signed identity is taken in this mode.")
               << '\n';
    else
        stream << VerdictOutput::tr("Rejected (%1): %2")
                      .arg(jwtReasonName(*verdict.reason), verdict.message)
               << '\n';
    printHints(stream, verdict.hints);
    if (verdict.accepted)
        printMappedFields(stream, verdict.mappedFields);
}

} // namespace engage
