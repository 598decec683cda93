#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

class QWidget;

namespace engage {

// "Import public key…": asks for a PEM file, reads it with a size cap, and takes the RSA public
// key it holds; a certificate's public key only once the person agrees. Shared by the key
// editor and the rotation dialog, so that both accept and refuse the same files.
class PublicKeyFileChooser
{
    Q_DECLARE_TR_FUNCTIONS(engage::PublicKeyFileChooser)

public:
    struct Choice
    {
        std::optional<QString> publicKeyPem; // set when a key was chosen
        QString description;                 // the key's facts, for a confirmation
        QString problem; // why nothing was taken, to show; empty when the person cancelled
    };

    static Choice choose(QWidget* parent);
};

} // namespace engage
