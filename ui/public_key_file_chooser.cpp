#include "public_key_file_chooser.h"

#include "config/public_key_import.h"
#include "io/bounded_input.h"
#include "io/regular_file_check.h"
#include "prompts.h"

#include <QDir>

namespace engage {

namespace {

constexpr qint64 maxKeyFileSize = 1024 * 1024;

} // namespace

PublicKeyFileChooser::Choice PublicKeyFileChooser::choose(QWidget* parent)
{
    Choice choice;
    const QString path =
        prompts::openFileName(parent, tr("Import public key"),
                              tr("PEM files (*.pem *.pub *.crt *.cer *.key);;All files (*)"));
    if (path.isEmpty())
        return choice;
    // Checked before opening: a named pipe would block the window until something writes to it.
    if (const std::optional<QString> refusal = RegularFileCheck::problem(path)) {
        choice.problem = *refusal;
        return choice;
    }
    const BoundedInput input = BoundedInputReader::read(path, maxKeyFileSize);
    if (input.error) {
        choice.problem = *input.error;
        return choice;
    }
    const PublicKeyImport import = PublicKeyImporter::fromFileContent(input.bytes);
    const QString fileName = QDir::toNativeSeparators(path);
    switch (import.outcome) {
    case PublicKeyImport::Outcome::Refuse:
        choice.problem = tr("\"%1\" was not imported. %2").arg(fileName, import.refusal);
        return choice;
    case PublicKeyImport::Outcome::ImportFromCertificate:
        if (prompts::ask(parent, QMessageBox::Question, tr("Import public key"),
                         tr("\"%1\" is an X.509 certificate. Its public key will be imported, "
                            "not the certificate: %2.")
                             .arg(fileName, import.description),
                         QMessageBox::Ok | QMessageBox::Cancel, QMessageBox::Ok) != QMessageBox::Ok)
            return choice;
        break;
    case PublicKeyImport::Outcome::Import:
        break;
    }
    choice.publicKeyPem = import.publicKeyPem;
    choice.description = import.description;
    return choice;
}

} // namespace engage
