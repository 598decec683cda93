#include "kit/kit_document.h"

#include "text/untrusted_text.h"

#include <QStringList>

#include <variant>

namespace engage {

namespace {

// The kit is written once as a list of blocks, then as HTML or as Markdown, so that the two
// formats never say different things.
struct Heading
{
    int level;
    QString text;
};
struct Paragraph
{
    QString text;
};
struct Warning
{
    QString text;
};
struct Code
{
    QString fenceName; // empty for a template that is no language
    QString text;
};
struct Table
{
    QStringList headers;
    QList<QStringList> rows;
};
using Block = std::variant<Heading, Paragraph, Warning, Code, Table>;

// Text read from the configuration, made fit to be shown (docs/engagectl.md).
QString escapedForDisplay(const QString& text)
{
    return UntrustedText::forDisplay(text);
}

QList<Block> blocksOf(const IntegrationKit& kit)
{
    const bool hmac = kit.algorithm == JwtAlgorithm::hs256;
    QList<Block> blocks;
    blocks.append(Heading{1, KitDocument::tr("Signed identities for the Engage chat: the "
                                             "integration kit of key %1")
                                 .arg(kit.keyId)});
    if (kit.secret) {
        blocks.append(Warning{
            KitDocument::tr("This kit holds the secret of key %1. Keep it as you keep the secret "
                            "itself: readable by its owner only (as engagectl kit --out and the "
                            "application create its file); hand it over where only the website "
                            "team can read it, and delete the copies once the secret is in your "
                            "server's configuration.")
                .arg(kit.keyId)});
    }
    blocks.append(Paragraph{KitDocument::tr(
        "For the website team. The Engage chat takes the visitor's identity as a JSON Web Token "
        "(JWT) signed by your server, so that nobody can pass for one of your customers. This "
        "kit holds what the Engage integration page asks the administrator to hand over for the "
        "key below.")});

    QList<QStringList> facts{{KitDocument::tr("Community"), escapedForDisplay(kit.communityName)},
                             {KitDocument::tr("Community ID"), escapedForDisplay(kit.communityId)},
                             {KitDocument::tr("Key ID (\"kid\")"), kit.keyId},
                             {KitDocument::tr("Algorithm (\"alg\")"),
                              hmac ? KitDocument::tr("HS256 (HMAC with SHA-256)")
                                   : KitDocument::tr("RS256 (RSA signature with SHA-256)")}};
    if (hmac) {
        facts.append({KitDocument::tr("Secret"),
                      kit.secret ? *kit.secret
                                 : KitDocument::tr("Not in this kit: the administrator hands it "
                                                   "over separately. Your server reads it from "
                                                   "the environment variable %1.")
                                       .arg(kitSecretVariable)});
    } else {
        facts.append({KitDocument::tr("Private key"),
                      KitDocument::tr("Yours alone: Engage holds only the public key (%1). Your "
                                      "server reads the private key from the PEM file named by the "
                                      "environment variable %2.")
                          .arg(kit.publicKeyFingerprint, kitPrivateKeyFileVariable)});
    }
    blocks.append(Table{{KitDocument::tr("What"), KitDocument::tr("Value")}, facts});

    blocks.append(Heading{2, KitDocument::tr("1. Header")});
    blocks.append(Paragraph{KitDocument::tr(
        "Every token's JOSE header has these three members; \"kid\" names the key configured "
        "in Engage.")});
    blocks.append(Code{QStringLiteral("json"), kit.headerJson});

    blocks.append(Heading{2, KitDocument::tr("2. Payload")});
    blocks.append(Paragraph{KitDocument::tr(
        "Replace each <placeholder> with the value. \"uuid\" is mandatory: without it Engage "
        "rejects the token and the chat does not open. Engage's extra values mapping copies "
        "each member of \"extra_values\" into the field shown to agents.")});
    blocks.append(Code{QString(), kit.payloadTemplate()});
    QList<QStringList> members;
    bool anyRegex = false;
    for (const PayloadMember& member : kit.payload) {
        anyRegex = anyRegex || member.regex.has_value();
        members.append(
            {member.isExtraValue ? QStringLiteral("extra_values.") + escapedForDisplay(member.name)
                                 : escapedForDisplay(member.name),
             escapedForDisplay(member.placeholder),
             member.destination.isEmpty() ? KitDocument::tr("(none)")
                                          : escapedForDisplay(member.destination),
             member.regex ? KitDocument::tr("must match %1").arg(escapedForDisplay(*member.regex))
                          : QString()});
    }
    blocks.append(Table{{KitDocument::tr("Member"), KitDocument::tr("Value"),
                         KitDocument::tr("Field in Engage"), KitDocument::tr("Rule")},
                        members});
    if (anyRegex) {
        blocks.append(Paragraph{KitDocument::tr(
            "A value for a field with a regex must match it: Engage does not store a value that "
            "does not.")});
    }
    blocks.append(Paragraph{KitDocument::tr(
        "The predefined attributes (screenname, avatar_url, firstname, lastname, company, "
        "email) are optional: leave out those the website does not know.")});

    blocks.append(Heading{2, KitDocument::tr("3. Expiry and renewal")});
    blocks.append(Paragraph{
        KitDocument::tr("Set \"exp\" to the time of signing plus %1 seconds (two hours, "
                        "recommended), as a whole number of seconds since 1970 (Unix time). "
                        "Engage rejects a token whose \"exp\" is less than %2 seconds (one hour) "
                        "ahead.")
            .arg(kitTokenLifetimeSeconds)
            .arg(kitShortestLifetimeSeconds)});
    blocks.append(Paragraph{KitDocument::tr(
        "Renew the token before it lapses: sign a new one on every page load and, on a page "
        "that stays open, pass a new one with _setSignedIdentity well before the one in use "
        "expires. Otherwise the chat tells the visitor to reload the page to continue the "
        "conversation.")});
    blocks.append(Paragraph{KitDocument::tr(
        "Sign on your server only: the secret or private key must never reach the browser.")});

    blocks.append(Heading{2, KitDocument::tr("4. Give the token to the chat")});
    blocks.append(Paragraph{KitDocument::tr(
        "On every page that shows the chat, beside Engage's loader code, pass the token from "
        "your server as a string. The line var _chatq = _chatq || []; is mandatory.")});
    blocks.append(Code{QStringLiteral("html"),
                       QStringLiteral("<script>\n"
                                      "    var _chatq = _chatq || [];\n"
                                      "    _chatq.push([\"_setSignedIdentity\", \"%1\"]);\n"
                                      "</script>")
                           .arg(KitDocument::tr("THE_TOKEN_FROM_YOUR_SERVER"))});

    blocks.append(Heading{2, KitDocument::tr("5. Signing code")});
    blocks.append(Paragraph{
        KitDocument::tr(
            "Each function takes the identity (\"uuid\", any predefined attributes, "
            "\"extra_values\") and returns the token, with the header above and \"exp\" %1 seconds "
            "ahead. None holds the key: it stays in your server's configuration.")
            .arg(kitTokenLifetimeSeconds)});
    for (const SigningCode& code : kit.signingCode) {
        blocks.append(Heading{3, QStringLiteral("%1: %2").arg(code.language, code.library)});
        blocks.append(Paragraph{KitDocument::tr("Install: %1").arg(code.install)});
        blocks.append(Paragraph{code.note});
        blocks.append(Code{code.fenceName, code.code.trimmed()});
    }

    blocks.append(Heading{2, KitDocument::tr("6. Check before going live")});
    blocks.append(Paragraph{KitDocument::tr(
        "Send a token made by your code to the Engage administrator, who checks it against the "
        "configuration with \"engagectl verify-jwt --config FILE TOKEN\" or in Engage Community "
        "Admin's JWT Workbench: it must be accepted, with the fields above filled.")});
    return blocks;
}

// HTML ------------------------------------------------------------------------------------

// Printed, the page keeps its code whole and wrapped, and headings with what follows them.
const char* const pageStyle =
    "body{font-family:sans-serif;line-height:1.45;max-width:52em;margin:2em auto;"
    "padding:0 1em;color:#111}"
    "pre{white-space:pre-wrap;overflow-wrap:anywhere;background:#f4f4f4;border:1px solid #bbb;"
    "padding:.6em;font-size:.9em}"
    "table{border-collapse:collapse;margin:.5em 0}"
    "th,td{border:1px solid #bbb;padding:.3em .5em;text-align:left;vertical-align:top;"
    "overflow-wrap:anywhere}"
    ".warning{border:2px solid #a00;background:#fee;padding:.5em;font-weight:bold}"
    "@media print{body{max-width:none;margin:0;font-size:10pt}pre{background:none;"
    "break-inside:avoid}h2,h3{break-after:avoid}}";

QString html(const QList<Block>& blocks, const QString& title)
{
    QString page = QStringLiteral("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"
                                  "<title>%1</title>\n<style>%2</style>\n</head>\n<body>\n")
                       .arg(title.toHtmlEscaped(), QLatin1String(pageStyle));
    for (const Block& block : blocks) {
        if (const auto* heading = std::get_if<Heading>(&block)) {
            page += QStringLiteral("<h%1>%2</h%1>\n")
                        .arg(heading->level)
                        .arg(heading->text.toHtmlEscaped());
        } else if (const auto* paragraph = std::get_if<Paragraph>(&block)) {
            page += QStringLiteral("<p>%1</p>\n").arg(paragraph->text.toHtmlEscaped());
        } else if (const auto* warning = std::get_if<Warning>(&block)) {
            page +=
                QStringLiteral("<p class=\"warning\">%1</p>\n").arg(warning->text.toHtmlEscaped());
        } else if (const auto* code = std::get_if<Code>(&block)) {
            page += QStringLiteral("<pre><code>%1</code></pre>\n").arg(code->text.toHtmlEscaped());
        } else if (const auto* table = std::get_if<Table>(&block)) {
            page += QStringLiteral("<table>\n<tr>");
            for (const QString& header : table->headers)
                page += QStringLiteral("<th>%1</th>").arg(header.toHtmlEscaped());
            page += QStringLiteral("</tr>\n");
            for (const QStringList& row : table->rows) {
                page += QStringLiteral("<tr>");
                for (const QString& cell : row)
                    page += QStringLiteral("<td>%1</td>").arg(cell.toHtmlEscaped());
                page += QStringLiteral("</tr>\n");
            }
            page += QStringLiteral("</table>\n");
        }
    }
    return page + QStringLiteral("</body>\n</html>\n");
}

// Markdown --------------------------------------------------------------------------------

// Text as Markdown shows it literally: "<placeholder>" is no HTML tag, "_chatq" no emphasis.
QString markdownText(const QString& text)
{
    QString escaped;
    escaped.reserve(text.size());
    for (const QChar character : text) {
        if (QStringView(u"\\`*_<>[]|").contains(character))
            escaped += QLatin1Char('\\');
        escaped += character;
    }
    return escaped;
}

QString markdown(const QList<Block>& blocks)
{
    QStringList parts;
    for (const Block& block : blocks) {
        if (const auto* heading = std::get_if<Heading>(&block)) {
            parts.append(QString(heading->level, QLatin1Char('#')) + QLatin1Char(' ') +
                         markdownText(heading->text));
        } else if (const auto* paragraph = std::get_if<Paragraph>(&block)) {
            parts.append(markdownText(paragraph->text));
        } else if (const auto* warning = std::get_if<Warning>(&block)) {
            parts.append(QStringLiteral("> **%1**").arg(markdownText(warning->text)));
        } else if (const auto* code = std::get_if<Code>(&block)) {
            parts.append(QStringLiteral("```%1\n%2\n```").arg(code->fenceName, code->text));
        } else if (const auto* table = std::get_if<Table>(&block)) {
            QStringList lines;
            QStringList headers;
            for (const QString& header : table->headers)
                headers.append(markdownText(header));
            lines.append(QStringLiteral("| ") + headers.join(QStringLiteral(" | ")) +
                         QStringLiteral(" |"));
            lines.append(
                QStringLiteral("|") +
                QStringList(table->headers.size(), QStringLiteral("---")).join(QLatin1Char('|')) +
                QStringLiteral("|"));
            for (const QStringList& row : table->rows) {
                QStringList cells;
                for (const QString& cell : row)
                    cells.append(markdownText(cell));
                lines.append(QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) +
                             QStringLiteral(" |"));
            }
            parts.append(lines.join(QLatin1Char('\n')));
        }
    }
    return parts.join(QStringLiteral("\n\n")) + QLatin1Char('\n');
}

} // namespace

QByteArray KitDocument::render(const IntegrationKit& kit, KitFormat format)
{
    const QList<Block> blocks = blocksOf(kit);
    if (format == KitFormat::Markdown)
        return markdown(blocks).toUtf8();
    return html(blocks, std::get<Heading>(blocks.constFirst()).text).toUtf8();
}

FileContent KitDocument::fileContent(const QString& path, const IntegrationKit& kit,
                                     KitFormat format)
{
    return {path, render(kit, format), kit.secret.has_value()};
}

std::optional<KitFormat> KitDocument::formatNamed(const QString& name)
{
    if (name == QLatin1String("html"))
        return KitFormat::Html;
    if (name == QLatin1String("markdown"))
        return KitFormat::Markdown;
    return std::nullopt;
}

} // namespace engage
