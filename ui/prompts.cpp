#include "prompts.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QQueue>

namespace engage::prompts {

namespace {

QQueue<QMessageBox::StandardButton>& queuedAnswers()
{
    static QQueue<QMessageBox::StandardButton> answers;
    return answers;
}

QString& answeredQuestion()
{
    static QString text;
    return text;
}

QQueue<QString>& queuedPaths()
{
    static QQueue<QString> paths;
    return paths;
}

} // namespace

QMessageBox::StandardButton ask(QWidget* parent, QMessageBox::Icon icon, const QString& title,
                                const QString& text, QMessageBox::StandardButtons buttons,
                                QMessageBox::StandardButton defaultButton,
                                const QMap<QMessageBox::StandardButton, QString>& buttonTexts)
{
    if (!queuedAnswers().isEmpty()) {
        answeredQuestion() = text;
        return queuedAnswers().dequeue();
    }
    QMessageBox box(icon, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    for (auto label = buttonTexts.cbegin(); label != buttonTexts.cend(); ++label) {
        if (QAbstractButton* button = box.button(label.key()))
            button->setText(label.value());
    }
    return QMessageBox::StandardButton(box.exec());
}

QString openFileName(QWidget* parent, const QString& caption, const QString& filter)
{
    if (!queuedPaths().isEmpty())
        return queuedPaths().dequeue();
    return QFileDialog::getOpenFileName(parent, caption, QString(), filter);
}

QString saveFileName(QWidget* parent, const QString& caption, const QString& suggestedPath,
                     const QString& filter, const QString& defaultSuffix)
{
    if (!queuedPaths().isEmpty()) {
        // What the chooser below does with a name typed without an extension.
        const QString path = queuedPaths().dequeue();
        return defaultSuffix.isEmpty() || path.isEmpty() || !QFileInfo(path).suffix().isEmpty()
                   ? path
                   : path + QLatin1Char('.') + defaultSuffix;
    }
    QFileDialog chooser(parent, caption, suggestedPath, filter);
    chooser.setAcceptMode(QFileDialog::AcceptSave);
    chooser.setDefaultSuffix(defaultSuffix);
    if (chooser.exec() != QDialog::Accepted)
        return QString();
    return chooser.selectedFiles().value(0);
}

QString configurationFilter()
{
    return QCoreApplication::translate("engage::prompts",
                                       "Engage configuration (*.json);;All files (*)");
}

void answerNextQuestion(QMessageBox::StandardButton answer)
{
    queuedAnswers().enqueue(answer);
}

void answerNextFileChooser(const QString& path)
{
    queuedPaths().enqueue(path);
}

QString lastAnsweredQuestion()
{
    return answeredQuestion();
}

bool allAnswersUsed()
{
    return queuedAnswers().isEmpty() && queuedPaths().isEmpty();
}

void clearAnswers()
{
    queuedAnswers().clear();
    queuedPaths().clear();
    answeredQuestion().clear();
}

} // namespace engage::prompts
