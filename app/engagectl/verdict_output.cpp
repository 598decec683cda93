#include "verdict_output.h"

#include "json/json_writer.h"

#include <QCoreApplication>

namespace engage {

namespace {

void appendOptionalString(QByteArray& out, const std::optional<QString>& text)
{
    if (text)
        appendJsonString(out, *text);
    else
        out.append("null");
}

void appendReasonAndMessage(QByteArray& out, const std::optional<JwtReason>& reason,
                            const QString& message)
{
    out.append("\"reason\":");
    appendOptionalString(out,
                         reason ? std::optional<QString>(jwtReasonName(*reason)) : std::nullopt);
    out.append(",\"message\":");
    appendOptionalString(out, reason ? std::optional<QString>(message) : std::nullopt);
}

void appendMappedFields(QByteArray& out, const MappedFields& fields)
{
    out.append("\"mapped_fields\":{");
    for (qsizetype index = 0; index < fields.size(); ++index) {
        if (index > 0)
            out.append(',');
        appendJsonString(out, fields[index].field);
        out.append(':');
        appendJsonString(out, fields[index].value);
    }
    out.append('}');
}

struct VerdictOutput
{
    Q_DECLARE_TR_FUNCTIONS(engage::VerdictOutput)
};

void printMappedFields(QTextStream& stream, const MappedFields& fields)
{
    if (fields.isEmpty()) {
        stream << "  " << VerdictOutput::tr("No mapped field.") << '\n';
        return;
    }
    stream << "  " << VerdictOutput::tr("Mapped fields:") << '\n';
    for (const MappedField& field : fields)
        stream << "    " << field.field << " = " << field.value << '\n';
}

} // namespace

void appendVerdictJson(QByteArray& out, const JwtVerdict& verdict)
{
    out.append(verdict.accepted ? "{\"accepted\":true," : "{\"accepted\":false,");
    appendReasonAndMessage(out, verdict.reason, verdict.message);
    out.append(",\"kid\":");
    appendOptionalString(out, verdict.kid);
    out.append(",\"alg\":");
    appendOptionalString(out, verdict.alg);
    if (!verdict.header.isEmpty()) {
        out.append(",\"header\":");
        out.append(verdict.header);
    }
    if (!verdict.payload.isEmpty()) {
        out.append(",\"payload\":");
        out.append(verdict.payload);
    }
    out.append(',');
    appendMappedFields(out, verdict.mappedFields);
    out.append('}');
}

void appendIdentityVerdictJson(QByteArray& out, const IdentityVerdict& verdict)
{
    out.append(verdict.accepted ? "{\"accepted\":true," : "{\"accepted\":false,");
    appendReasonAndMessage(out, verdict.reason, verdict.message);
    out.append(',');
    appendMappedFields(out, verdict.mappedFields);
    out.append('}');
}

void printVerdict(QTextStream& stream, const JwtVerdict& verdict)
{
    if (verdict.accepted)
        stream << VerdictOutput::tr("Accepted: the signed identity is valid.") << '\n';
    else
        stream << VerdictOutput::tr("Rejected (%1): %2")
                      .arg(jwtReasonName(*verdict.reason), verdict.message)
               << '\n';
    if (verdict.kid)
        stream << "  " << VerdictOutput::tr("Key ID: %1").arg(*verdict.kid) << '\n';
    if (verdict.alg)
        stream << "  " << VerdictOutput::tr("Algorithm: %1").arg(*verdict.alg) << '\n';
    if (!verdict.header.isEmpty())
        stream << "  " << VerdictOutput::tr("Header: %1").arg(QString::fromUtf8(verdict.header))
               << '\n';
    if (!verdict.payload.isEmpty())
        stream << "  " << VerdictOutput::tr("Payload: %1").arg(QString::fromUtf8(verdict.payload))
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
    if (verdict.accepted)
        printMappedFields(stream, verdict.mappedFields);
}

} // namespace engage
