#include "check_key_command.h"

#include "config/config_validator.h"
#include "crypto/pem_key.h"
#include "diagnostic_output.h"
#include "exit_code.h"
#include "io/bounded_input.h"
#include "json/json_writer.h"

#include <QFileInfo>

#include <vector>

namespace engage {

namespace {

// A key file is small; anything larger is not a key and is not read whole.
constexpr qint64 maxKeyInputSize = 1024 * 1024;

struct KeyInput
{
    QString value;
    std::optional<QString> error;
    bool namesNoFile = false; // an argument that is no PEM text and names no file: the value
};

// A value that is not a valid key but reads as a file name ("keys/prod.pem", "prod.key") was
// meant as one: it is said to be missing, by its name, rather than judged as a key. No key reads
// so: an HS256 secret is hex, and a PEM key starts with "-----BEGIN". A "/" alone says path for
// RS256 only: a mistaken HS256 secret in base64 holds "/" too, and is judged as a secret, never
// repeated in a message.
bool looksLikePath(const QString& argument, const QString& algorithm)
{
    return argument.endsWith(QLatin1String(".pem")) || argument.endsWith(QLatin1String(".key")) ||
           argument.endsWith(QLatin1String(".pub")) ||
           (algorithm == JwtAlgorithm::rs256 && argument.contains(QLatin1Char('/')));
}

// The argument is the value itself, a file holding it, or "-" (or nothing) for standard input.
// One final line break is not part of a value read from a file or a pipe.
KeyInput readKeyInput(const QString& argument)
{
    const bool fromStdin = argument.isEmpty() || argument == QLatin1String("-");
    const bool isPemText = argument.contains(QLatin1String("-----BEGIN"));
    if (!fromStdin && (isPemText || !QFileInfo::exists(argument)))
        return {argument, std::nullopt, !isPemText};

    const BoundedInput input =
        BoundedInputReader::read(fromStdin ? QStringLiteral("-") : argument, maxKeyInputSize);
    if (input.error)
        return {QString(), input.error};
    if (input.exceeds(maxKeyInputSize))
        return {QString(), CheckKeyCommand::tr("The input is larger than 1 MiB; it is not a key.")};
    QString value = QString::fromUtf8(input.bytes);
    if (value.endsWith(QLatin1String("\r\n")))
        value.chop(2);
    else if (value.endsWith(QLatin1Char('\n')))
        value.chop(1);
    return {value, std::nullopt};
}

} // namespace

QString CheckKeyCommand::summary() const
{
    return tr("Validate one JWT key offline: an HS256 secret or an RS256 PEM public key.");
}

int CheckKeyCommand::run(const QStringList& arguments, Console& console)
{
    QCommandLineParser parser;
    const QCommandLineOption json = jsonOption();
    const QCommandLineOption algorithm(QStringLiteral("algorithm"), tr("HS256 or RS256."),
                                       QStringLiteral("ALG"));
    const QCommandLineOption id(QStringLiteral("id"), tr("Also check this key ID."),
                                QStringLiteral("ID"));
    parser.addOptions({json, algorithm, id});
    parser.addPositionalArgument(
        QStringLiteral("KEY"),
        tr("The secret or PEM text, a file holding it, or \"-\" for standard "
           "input (the default)."),
        QStringLiteral("[VALUE|FILE|-]"));
    if (const auto stop = parse(parser, arguments, console))
        return *stop;
    if (!parser.isSet(algorithm))
        return usageError(tr("--algorithm HS256 or --algorithm RS256 is required."), console);
    if (parser.positionalArguments().size() > 1)
        return usageError(tr("give one key at a time."), console);

    const KeyInput input = readKeyInput(parser.positionalArguments().value(0));
    if (input.error) {
        printMessage(console, *input.error);
        return ExitUsageOrIo;
    }
    JwtKey key;
    key.id = parser.value(id);
    key.algorithm = parser.value(algorithm);
    if (key.algorithm == JwtAlgorithm::rs256)
        key.publicKey = input.value;
    else
        key.secret = input.value;
    // Under --json, the diagnostics' messages are English, as the rest of the JSON.
    const Diagnostics diagnostics = [&] {
        const MachineReadableLanguage language(parser.isSet(json));
        return ConfigValidator::validateKey(key, parser.isSet(id));
    }();
    const bool valid = !hasErrors(diagnostics);
    if (!valid && input.namesNoFile && looksLikePath(input.value, key.algorithm)) {
        printMessage(console, tr("%1 does not exist, and as a value it is not a valid key; give "
                                 "the key's file, its value, or \"-\" for standard input.")
                                  .arg(fileLabel(input.value)));
        return ExitUsageOrIo;
    }

    std::vector<JsonValue::Member> report{
        {QStringLiteral("valid"), JsonValue::makeBool(valid)},
        {QStringLiteral("algorithm"), JsonValue::makeString(key.algorithm)}};
    if (parser.isSet(id))
        report.emplace_back(QStringLiteral("id"), JsonValue::makeString(key.id));
    QStringList facts;
    if (key.publicKey) {
        const PemKeyInspection inspection = inspectPemKey(key.publicKey->toUtf8());
        if (inspection.kind == PemKeyKind::RsaPublicKey) {
            report.emplace_back(QStringLiteral("modulus_bits"),
                                JsonValue::makeNumber(QString::number(inspection.modulusBits)));
            report.emplace_back(QStringLiteral("fingerprint"),
                                JsonValue::makeString(inspection.sha256Fingerprint));
            facts << tr("RSA public key, %1 bits").arg(inspection.modulusBits)
                  << tr("SHA-256 fingerprint: %1").arg(inspection.sha256Fingerprint);
        }
    }
    if (parser.isSet(json)) {
        report.emplace_back(QStringLiteral("diagnostics"), diagnosticsToJson(diagnostics));
        console.out << QString::fromUtf8(toCompactJson(JsonValue::makeObject(std::move(report))))
                    << '\n';
    } else {
        printKeyDiagnostics(console.out, diagnostics);
        for (const QString& fact : facts)
            console.out << fact << '\n';
        console.out << (valid ? tr("The %1 key is valid.").arg(key.algorithm)
                              : tr("The key is invalid."))
                    << '\n';
    }
    return valid ? ExitSuccess : ExitInvalid;
}

} // namespace engage
