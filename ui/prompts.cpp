#include "prompts.h"

#include <QAbstractButton>
#include <QFileDialog>
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
                     const QString& filter)
{
    if (!queuedPaths().isEmpty())
        return queuedPaths().dequeue();
    return QFileDialog::getSaveFileName(parent, caption, suggestedPath, filter);
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
