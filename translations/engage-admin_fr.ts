<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>engage::ApiClient</name>
    <message>
        <source>[the API token]</source>
        <translation>[le jeton d&apos;API]</translation>
    </message>
</context>
<context>
    <name>engage::ApiContract</name>
    <message>
        <source>The API contract&apos;s member %1 is missing or is not %2.</source>
        <translation>Le membre %1 du contrat d&apos;API est absent ou n&apos;est pas %2.</translation>
    </message>
    <message>
        <source>The API contract&apos;s member %1 is not a whole number.</source>
        <translation>Le membre %1 du contrat d&apos;API n&apos;est pas un nombre entier.</translation>
    </message>
    <message>
        <source>The API contract&apos;s list %1 holds something other than strings.</source>
        <translation>La liste %1 du contrat d&apos;API contient autre chose que des chaînes.</translation>
    </message>
    <message>
        <source>The API contract&apos;s member %1 has the unknown type %2.</source>
        <translation>Le membre %1 du contrat d&apos;API a le type inconnu %2.</translation>
    </message>
    <message>
        <source>%1: the path does not start with %2.</source>
        <translation>%1&#xa0;: le chemin ne commence pas par %2.</translation>
    </message>
    <message>
        <source>%1: no endpoint of the API contract has this path.</source>
        <translation>%1&#xa0;: aucun point de terminaison du contrat d&apos;API n&apos;a ce chemin.</translation>
    </message>
    <message>
        <source>%1: the API contract uses this path with %2 only.</source>
        <translation>%1&#xa0;: le contrat d&apos;API n&apos;utilise ce chemin qu&apos;avec %2.</translation>
    </message>
    <message>
        <source>%1: the token is sent in the query as %2; it belongs in the Authorization header only.</source>
        <translation>%1&#xa0;: le jeton est envoyé dans la chaîne de requête sous le nom %2&#xa0;; sa place est uniquement dans l&apos;en-tête Authorization.</translation>
    </message>
    <message>
        <source>%1: the parameter %2 is given twice.</source>
        <translation>%1&#xa0;: le paramètre %2 est donné deux fois.</translation>
    </message>
    <message>
        <source>%1: the parameter %2 is not in the API contract.</source>
        <translation>%1&#xa0;: le paramètre %2 ne figure pas dans le contrat d&apos;API.</translation>
    </message>
    <message>
        <source>%1: the required parameter %2 is missing.</source>
        <translation>%1&#xa0;: le paramètre obligatoire %2 est absent.</translation>
    </message>
    <message>
        <source>%1: the parameter %2 is empty.</source>
        <translation>%1&#xa0;: le paramètre %2 est vide.</translation>
    </message>
    <message>
        <source>%1: the parameter %2 is %3, not a whole number.</source>
        <translation>%1&#xa0;: le paramètre %2 vaut %3, ce qui n&apos;est pas un nombre entier.</translation>
    </message>
    <message>
        <source>%1: the parameter %2 is %3, below its minimum %4.</source>
        <translation>%1&#xa0;: le paramètre %2 vaut %3, en dessous de son minimum %4.</translation>
    </message>
    <message>
        <source>%1: the parameter %2 is %3, above its maximum %4.</source>
        <translation>%1&#xa0;: le paramètre %2 vaut %3, au-dessus de son maximum %4.</translation>
    </message>
    <message>
        <source>%1: the parameter %2 is %3, not true or false.</source>
        <translation>%1&#xa0;: le paramètre %2 vaut %3, et non true ou false.</translation>
    </message>
    <message>
        <source>%1: the parameter %2 is %3, not one of %4.</source>
        <translation>%1&#xa0;: le paramètre %2 vaut %3, qui ne fait pas partie de %4.</translation>
    </message>
    <message>
        <source>The API contract has no record %1.</source>
        <translation>Le contrat d&apos;API ne décrit aucun enregistrement %1.</translation>
    </message>
    <message>
        <source>This %1 record is %2, not an object.</source>
        <translation>Cet enregistrement %1 est %2, et non un objet.</translation>
    </message>
    <message>
        <source>This %1 record has no %2.</source>
        <translation>Cet enregistrement %1 n&apos;a pas de membre %2.</translation>
    </message>
    <message>
        <source>This %1 record&apos;s %2 is %3, not %4.</source>
        <translation>Le membre %2 de cet enregistrement %1 est %3, et non %4.</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un nombre entier</translation>
    </message>
    <message>
        <source>The API contract</source>
        <translation>Le contrat d&apos;API</translation>
    </message>
</context>
<context>
    <name>engage::ApiErrors</name>
    <message>
        <source>The server sent an answer that this program cannot use: %1.</source>
        <translation>Le serveur a envoyé une réponse que ce programme ne peut pas utiliser&#xa0;: %1.</translation>
    </message>
    <message>
        <source>the answer is larger than %1 MiB</source>
        <translation>la réponse dépasse %1 Mio</translation>
    </message>
    <message>
        <source>The connection to %1 failed (%2; attempts: %3); check the server URL and the network.</source>
        <translation>La connexion à %1 a échoué (%2&#xa0;; tentatives&#xa0;: %3)&#xa0;; vérifiez l&apos;URL du serveur et le réseau.</translation>
    </message>
    <message>
        <source>the TLS handshake failed</source>
        <translation>la négociation TLS a échoué</translation>
    </message>
    <message>
        <source>The TLS certificate of %1 could not be verified (%2), so nothing was sent. If the server uses a private certificate authority, add that authority&apos;s certificate as a trusted CA file.</source>
        <translation>Le certificat TLS de %1 n&apos;a pas pu être vérifié (%2), donc rien n&apos;a été envoyé. Si le serveur utilise une autorité de certification privée, ajoutez le certificat de cette autorité comme fichier d&apos;AC de confiance.</translation>
    </message>
    <message>
        <source>%1 redirected the request to another host, which is never followed with the API token; check the server URL.</source>
        <translation>%1 a redirigé la requête vers un autre hôte, ce qui n&apos;est jamais suivi avec le jeton d&apos;API&#xa0;; vérifiez l&apos;URL du serveur.</translation>
    </message>
    <message>
        <source>The CA file %1 holds no PEM certificate that could be read.</source>
        <translation>Le fichier d&apos;AC %1 ne contient aucun certificat PEM lisible.</translation>
    </message>
    <message>
        <source>The operation was canceled.</source>
        <translation>L&apos;opération a été annulée.</translation>
    </message>
    <message>
        <source>%1 did not send a complete answer within %2 seconds, the time limit of each attempt (attempts: %3); try again later.</source>
        <translation>%1 n&apos;a pas envoyé de réponse complète dans le délai de %2 secondes accordé à chaque tentative (tentatives&#xa0;: %3)&#xa0;; réessayez plus tard.</translation>
    </message>
    <message>
        <source>The CA file %1 does not exist: check its path.</source>
        <translation>Le fichier d&apos;AC %1 n&apos;existe pas&#xa0;: vérifiez son chemin.</translation>
    </message>
    <message>
        <source>HTTP %1, %2: %3</source>
        <translation>HTTP %1, %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>The server refused the API token (%1): check that it is the right token and that it has not expired or been revoked under Admin &gt; API access tokens.</source>
        <translation>Le serveur a refusé le jeton d&apos;API (%1)&#xa0;: vérifiez que c&apos;est le bon jeton et qu&apos;il n&apos;a pas expiré ni été révoqué dans Admin &gt; API access tokens.</translation>
    </message>
    <message>
        <source>The API token is not allowed to do this (%1): ask an administrator of the account for the missing permission.</source>
        <translation>Le jeton d&apos;API n&apos;a pas le droit de faire cela (%1)&#xa0;: demandez l&apos;autorisation manquante à un administrateur du compte.</translation>
    </message>
    <message>
        <source>The server has no such community or resource (%1): check the community ID and the server URL.</source>
        <translation>Le serveur ne connaît pas cette communauté ou cette ressource (%1)&#xa0;: vérifiez l&apos;identifiant de la communauté et l&apos;URL du serveur.</translation>
    </message>
    <message>
        <source>The server kept the resource locked by another operation (%1) after several attempts; try again in a moment.</source>
        <translation>La ressource est restée verrouillée sur le serveur par une autre opération (%1) après plusieurs tentatives&#xa0;; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The remote settings changed since they were pulled (%1): nothing was changed; review the differences and pull again.</source>
        <translation>Les réglages distants ont changé depuis leur récupération (%1)&#xa0;: rien n&apos;a été modifié&#xa0;; examinez les différences et récupérez-les à nouveau.</translation>
    </message>
    <message>
        <source>The server refused the data as invalid (%1); nothing was changed.</source>
        <translation>Le serveur a refusé les données comme non valides (%1)&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The server is still limiting the request rate (%1) after waiting for its rate window; try again in a few minutes.</source>
        <translation>Le serveur limite toujours le débit des requêtes (%1) après l&apos;attente de sa fenêtre de limitation&#xa0;; réessayez dans quelques minutes.</translation>
    </message>
    <message>
        <source>The server failed to answer (%1); try again later.</source>
        <translation>Le serveur n&apos;a pas pu répondre (%1)&#xa0;; réessayez plus tard.</translation>
    </message>
    <message>
        <source>The server refused the request (%1).</source>
        <translation>Le serveur a refusé la requête (%1).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The server has this community but no messaging-settings API (HTTP 404), as on every real Engage domain: signed identities, JWT keys and the extra values mapping are entered in the Engage admin console there. Run &quot;engagectl checklist FILE&quot; for the steps, value by value.</source>
        <translation>Le serveur a cette communauté mais pas d&apos;API de réglages de messagerie (HTTP 404), comme tout domaine Engage réel&#xa0;: les identités signées, les clés JWT et la correspondance des valeurs supplémentaires s&apos;y saisissent dans la console d&apos;administration d&apos;Engage. Lancez «&#xa0;engagectl checklist FILE&#xa0;» pour en obtenir les étapes, valeur par valeur.</translation>
    </message>
    <message>
        <source>The server sent an answer that this program cannot use. %1</source>
        <translation>Le serveur a envoyé une réponse que ce programme ne peut pas utiliser. %1</translation>
    </message>
    <message>
        <source>%1 of the %2 bytes it declared</source>
        <translation>%1 des %2 octets annoncés</translation>
    </message>
    <message>
        <source>%1 bytes received</source>
        <translation>%1 octets reçus</translation>
    </message>
    <message>
        <source>%1 answered %2 but closed the connection before the end of its answer (%3; attempts: %4); try again later.</source>
        <translation>%1 a répondu %2 mais a fermé la connexion avant la fin de sa réponse (%3&#xa0;; tentatives&#xa0;: %4)&#xa0;; réessayez plus tard.</translation>
    </message>
    <message>
        <source>%1 answered %2, so it has probably carried out the request, but closed the connection before the end of its answer (%3). Check the result on the server before sending the request again.</source>
        <translation>%1 a répondu %2, il a donc probablement exécuté la requête, mais a fermé la connexion avant la fin de sa réponse (%3). Vérifiez le résultat sur le serveur avant d&apos;envoyer la requête à nouveau.</translation>
    </message>
    <message>
        <source>The connection to %1 closed before the server answered. The request may have been carried out all the same, and it is not sent twice: check the result on the server before sending it again.</source>
        <translation>La connexion à %1 s&apos;est fermée avant la réponse du serveur. La requête a pu être exécutée malgré tout, et elle n&apos;est pas envoyée deux fois&#xa0;: vérifiez le résultat sur le serveur avant de l&apos;envoyer à nouveau.</translation>
    </message>
    <message>
        <source>%1 answered %2, sending the request to another address, where this program does not send it again: it was not carried out. Check the server URL.</source>
        <translation>%1 a répondu %2, qui renvoie la requête vers une autre adresse, où ce programme ne l&apos;envoie pas une seconde fois&#xa0;: elle n&apos;a pas été exécutée. Vérifiez l&apos;URL du serveur.</translation>
    </message>
    <message>
        <source>%1 redirected the request again and again on the same server, in a loop or too long a chain; check the server URL.</source>
        <translation>%1 a redirigé la requête encore et encore sur le même serveur, en boucle ou en une chaîne trop longue&#xa0;; vérifiez l&apos;URL du serveur.</translation>
    </message>
</context>
<context>
    <name>engage::ApiRequest</name>
    <message>
        <source>no HTTP status (%1)</source>
        <translation>aucun statut HTTP (%1)</translation>
    </message>
    <message>
        <source>Keeping to the server&apos;s limit on requests; waiting %1 s…</source>
        <translation>Respect de la limite de requêtes du serveur&#xa0;; attente de %1&#xa0;s…</translation>
    </message>
    <message>
        <source>The server&apos;s rate limit was reached; waiting %1 s…</source>
        <translation>La limite de débit du serveur a été atteinte&#xa0;; attente de %1&#xa0;s…</translation>
    </message>
    <message>
        <source>the answer could not be read (%1)</source>
        <translation>la réponse n&apos;a pas pu être lue (%1)</translation>
    </message>
    <message>
        <source>the interim HTTP status %1 and no final answer</source>
        <translation>le statut HTTP intermédiaire %1 et aucune réponse finale</translation>
    </message>
    <message>
        <source>the answer is compressed (%1), although the request asked for none</source>
        <translation>la réponse est compressée (%1), alors que la requête n&apos;en demandait pas</translation>
    </message>
    <message>
        <source>%1; the request may have been carried out all the same: check the result on the server before sending it again</source>
        <translation>%1&#xa0;; la requête a pu être exécutée malgré tout&#xa0;: vérifiez le résultat sur le serveur avant de l&apos;envoyer à nouveau</translation>
    </message>
    <message>
        <source>the unexpected HTTP status %1</source>
        <translation>le statut HTTP inattendu %1</translation>
    </message>
</context>
<context>
    <name>engage::AtomicFile</name>
    <message>
        <source>%1 Nothing was written.</source>
        <translation>%1 Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 could not be made private to its owner: %2.</source>
        <translation>Impossible de réserver %1 à son seul propriétaire&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 could not be written: only %2 of %3 bytes could be stored (is the disk full?). The previous file, if any, is unchanged.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: seuls %2 octets sur %3 ont pu être enregistrés (le disque est-il plein&#xa0;?). Le fichier précédent, s&apos;il existe, est inchangé.</translation>
    </message>
    <message>
        <source>%1 could not be kept aside before being replaced: %2.</source>
        <translation>Impossible de mettre %1 de côté avant de le remplacer&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2. The previous file, if any, is unchanged.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2. Le fichier précédent, s&apos;il existe, est inchangé.</translation>
    </message>
    <message>
        <source>%1 Neither %2 nor %3 was changed.</source>
        <translation>%1 Ni %2 ni %3 n&apos;ont été modifiés.</translation>
    </message>
    <message>
        <source>%1 %2 was replaced and could not be given back its previous content (%3), which is kept in %4.</source>
        <translation>%1 Le fichier %2 a été remplacé et son contenu précédent n&apos;a pas pu être rétabli (%3)&#xa0;; ce contenu est conservé dans %4.</translation>
    </message>
    <message>
        <source>%1 %2 was written before and could not be removed again.</source>
        <translation>%1 Le fichier %2 avait déjà été écrit et n&apos;a pas pu être supprimé ensuite.</translation>
    </message>
</context>
<context>
    <name>engage::AutosaveSlot</name>
    <message>
        <source>Unsaved work could not be written aside to &quot;%1&quot;: %2.</source>
        <translation>Le travail non enregistré n&apos;a pas pu être mis de côté dans «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>engage::BatchVerification</name>
    <message>
        <source>The verdicts could not be written: %1.</source>
        <translation>Les verdicts n&apos;ont pas pu être écrits&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The tokens could not be read: %1.</source>
        <translation>Les jetons n&apos;ont pas pu être lus&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>engage::BoundedInputReader</name>
    <message>
        <source>Standard input could not be opened: %1.</source>
        <translation>Impossible d&apos;ouvrir l&apos;entrée standard&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1 is a directory, not a file.</source>
        <translation>%1 est un dossier, et non un fichier.</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2.</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Standard input</source>
        <translation>l&apos;entrée standard</translation>
    </message>
    <message>
        <source>%1 could not be read: %2.</source>
        <translation>Impossible de lire %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Standard input is closed or cannot be read; give a file name instead of &quot;-&quot;, or pipe or redirect the input.</source>
        <translation>L&apos;entrée standard est fermée ou illisible&#xa0;; indiquez un nom de fichier au lieu de «&#xa0;-&#xa0;», ou alimentez l&apos;entrée standard par un tube ou une redirection.</translation>
    </message>
</context>
<context>
    <name>engage::CatalogueCommand</name>
    <message>
        <source>Refresh a configuration&apos;s custom fields catalogue from the server, keeping each field&apos;s regex.</source>
        <translation>Actualiser le catalogue des champs personnalisés d&apos;une configuration depuis le serveur, en conservant l&apos;expression régulière de chaque champ.</translation>
    </message>
    <message>
        <source>Say what would change without writing the file.</source>
        <translation>Indiquer ce qui changerait sans écrire le fichier.</translation>
    </message>
    <message>
        <source>The configuration file to refresh.</source>
        <translation>Le fichier de configuration à actualiser.</translation>
    </message>
    <message>
        <source>give exactly one configuration file.</source>
        <translation>indiquez exactement un fichier de configuration.</translation>
    </message>
    <message>
        <source>the configuration file is rewritten in place, so it cannot be standard input.</source>
        <translation>le fichier de configuration est réécrit sur place, il ne peut donc pas s&apos;agir de l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>Added the custom field %1 (%2, %3).</source>
        <translation>Champ personnalisé %1 ajouté (%2, %3).</translation>
    </message>
    <message>
        <source>Removed the custom field %1, which the server no longer has, with its regex %2.</source>
        <translation>Champ personnalisé %1 supprimé, car le serveur ne l&apos;a plus, avec son expression régulière %2.</translation>
    </message>
    <message>
        <source>Removed the custom field %1, which the server no longer has.</source>
        <translation>Champ personnalisé %1 supprimé, car le serveur ne l&apos;a plus.</translation>
    </message>
    <message>
        <source>Kept the custom field %1: the server did not list it, but its list had a record this program could not read, which may be this field.</source>
        <translation>Champ personnalisé %1 conservé&#xa0;: le serveur ne l&apos;a pas listé, mais sa liste contenait un enregistrement que ce programme n&apos;a pas pu lire, qui est peut-être ce champ.</translation>
    </message>
    <message>
        <source>Relabelled the custom field %1: %2 → %3.</source>
        <translation>Libellé du champ personnalisé %1 modifié&#xa0;: %2 → %3.</translation>
    </message>
    <message>
        <source>Changed the type of the custom field %1: %2 → %3.</source>
        <translation>Type du champ personnalisé %1 modifié&#xa0;: %2 → %3.</translation>
    </message>
    <message>
        <source>The catalogue of %1 is up to date; nothing was written.</source>
        <translation>Le catalogue de %1 est à jour&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Dry run: %1 was not changed.</source>
        <translation>Essai à blanc&#xa0;: %1 n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>Refreshed the custom fields catalogue of %1.</source>
        <translation>Catalogue des champs personnalisés de %1 actualisé.</translation>
    </message>
    <message>
        <source>%1 cannot be read whole as a configuration, so rewriting it would lose what it holds; nothing was written.</source>
        <translation>%1 ne peut pas être lu en entier comme une configuration, le réécrire ferait donc perdre ce qu&apos;il contient&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>%1 is the configuration of the community %2, not %3; nothing was written.</source>
        <translation>%1 est la configuration de la communauté %2, et non de %3&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>%1 is empty: catalogue refreshes the catalogue of a configuration; &quot;engagectl pull --out FILE&quot; makes one. Nothing was written.</source>
        <translation>%1 est vide&#xa0;: catalogue met à jour le catalogue d&apos;une configuration&#xa0;; «&#xa0;engagectl pull --out FILE&#xa0;» en crée une. Rien n&apos;a été écrit.</translation>
    </message>
</context>
<context>
    <name>engage::CatalogueRefreshDialog</name>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Refresh the Catalogue</source>
        <translation>Actualiser le catalogue</translation>
    </message>
    <message>
        <source>C&amp;hanges to the custom fields catalogue:</source>
        <translation>&amp;Modifications du catalogue des champs personnalisés&#xa0;:</translation>
    </message>
    <message>
        <source>Changes to the catalogue</source>
        <translation>Modifications du catalogue</translation>
    </message>
    <message>
        <source>&amp;Fields the mapping names that the server lacks (identities cannot be written there until they exist):</source>
        <translation>&amp;Champs nommés par la correspondance mais absents du serveur (les valeurs des identités ne peuvent pas y être écrites tant qu&apos;ils n&apos;existent pas)&#xa0;:</translation>
    </message>
    <message>
        <source>Mapped fields missing on the server</source>
        <translation>Champs mis en correspondance absents du serveur</translation>
    </message>
    <message>
        <source>Catalogue refresh status</source>
        <translation>État de l&apos;actualisation du catalogue</translation>
    </message>
    <message>
        <source>C&amp;reate on the Server</source>
        <translation>C&amp;réer sur le serveur</translation>
    </message>
    <message>
        <source>Create the selected field on the server</source>
        <translation>Créer le champ sélectionné sur le serveur</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>A&amp;ppliquer</translation>
    </message>
    <message>
        <source>Reading the custom fields of the server…</source>
        <translation>Lecture des champs personnalisés du serveur…</translation>
    </message>
    <message>
        <source>Added: %1.</source>
        <translation>Ajouté&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Removed, with its regex %2: %1; the server no longer has it.</source>
        <translation>Supprimé, avec son expression régulière %2&#xa0;: %1&#xa0;; le serveur ne l&apos;a plus.</translation>
    </message>
    <message>
        <source>Removed: %1; the server no longer has it.</source>
        <translation>Supprimé&#xa0;: %1&#xa0;; le serveur ne l&apos;a plus.</translation>
    </message>
    <message>
        <source>Relabelled: %1: “%2” → “%3”.</source>
        <translation>Libellé modifié&#xa0;: %1&#xa0;: «&#xa0;%2&#xa0;» → «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>Type changed: %1: %2 → %3.</source>
        <translation>Type modifié&#xa0;: %1&#xa0;: %2 → %3.</translation>
    </message>
    <message>
        <source>The catalogue already matches the server&apos;s custom fields.</source>
        <translation>Le catalogue correspond déjà aux champs personnalisés du serveur.</translation>
    </message>
    <message>
        <source>Creating the custom field “%1” on the server…</source>
        <translation>Création du champ personnalisé «&#xa0;%1&#xa0;» sur le serveur…</translation>
    </message>
    <message>
        <source>Created the custom field “%1” on the server. The API cannot set its regex: if it needs one, enter it in the Engage admin console (Admin &gt; Custom fields).</source>
        <translation>Champ personnalisé «&#xa0;%1&#xa0;» créé sur le serveur. L&apos;API ne peut pas définir son expression régulière&#xa0;: s&apos;il en faut une, saisissez-la dans la console d&apos;administration d&apos;Engage (Admin &gt; Custom fields).</translation>
    </message>
    <message>
        <source>Kept: %1; the server did not list it, but its list had a record this program could not read, which may be this field.</source>
        <translation>Conservé&#xa0;: %1&#xa0;; le serveur ne l&apos;a pas listé, mais sa liste contenait un enregistrement que ce programme n&apos;a pas pu lire et qui est peut-être ce champ.</translation>
    </message>
</context>
<context>
    <name>engage::ChangesDialog</name>
    <message>
        <source>Push the Settings</source>
        <translation>Envoyer les réglages</translation>
    </message>
    <message>
        <source>&amp;Push</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>Changes of this push</source>
        <translation>Modifications de cet envoi</translation>
    </message>
    <message>
        <source>Your changes, sent to the server:</source>
        <translation>Vos modifications, envoyées au serveur&#xa0;:</translation>
    </message>
    <message>
        <source>Changed on the server since the pull, merged into this configuration:</source>
        <translation>Modifications faites sur le serveur depuis la récupération, fusionnées dans cette configuration&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Changes:</source>
        <translation>&amp;Modifications&#xa0;:</translation>
    </message>
</context>
<context>
    <name>engage::CheckIdentityCommand</name>
    <message>
        <source>Check a non-signed identity (a plain JSON object) against a community&apos;s mode and mapping.</source>
        <translation>Vérifier une identité non signée (un simple objet JSON) par rapport au mode et à la correspondance d&apos;une communauté.</translation>
    </message>
    <message>
        <source>A JSON file holding the identity; &quot;-&quot; reads standard input.</source>
        <translation>Un fichier JSON contenant l&apos;identité&#xa0;; «&#xa0;-&#xa0;» lit l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>--config FILE is required.</source>
        <translation>--config FILE est obligatoire.</translation>
    </message>
    <message>
        <source>give exactly one identity file.</source>
        <translation>indiquez exactement un fichier d&apos;identité.</translation>
    </message>
</context>
<context>
    <name>engage::CheckKeyCommand</name>
    <message>
        <source>The input is larger than 1 MiB; it is not a key.</source>
        <translation>L&apos;entrée dépasse 1 Mio&#xa0;; ce n&apos;est pas une clé.</translation>
    </message>
    <message>
        <source>Validate one JWT key offline: an HS256 secret or an RS256 PEM public key.</source>
        <translation>Valider une clé JWT hors ligne&#xa0;: un secret HS256 ou une clé publique PEM RS256.</translation>
    </message>
    <message>
        <source>HS256 or RS256.</source>
        <translation>HS256 ou RS256.</translation>
    </message>
    <message>
        <source>Also check this key ID.</source>
        <translation>Vérifier aussi cet identifiant de clé.</translation>
    </message>
    <message>
        <source>The secret or PEM text, a file holding it, or &quot;-&quot; for standard input (the default).</source>
        <translation>Le secret ou le texte PEM, un fichier qui le contient, ou «&#xa0;-&#xa0;» pour l&apos;entrée standard (par défaut).</translation>
    </message>
    <message>
        <source>--algorithm HS256 or --algorithm RS256 is required.</source>
        <translation>--algorithm HS256 ou --algorithm RS256 est obligatoire.</translation>
    </message>
    <message>
        <source>give one key at a time.</source>
        <translation>indiquez une seule clé à la fois.</translation>
    </message>
    <message>
        <source>RSA public key, %1 bits</source>
        <translation>Clé publique RSA, %1 bits</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>Empreinte SHA-256&#xa0;: %1</translation>
    </message>
    <message>
        <source>The %1 key is valid.</source>
        <translation>La clé %1 est valide.</translation>
    </message>
    <message>
        <source>The key is invalid.</source>
        <translation>La clé n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>%1 does not exist, and as a value it is not a valid key; give the key&apos;s file, its value, or &quot;-&quot; for standard input.</source>
        <translation>%1 n&apos;existe pas, et comme valeur ce n&apos;est pas une clé valide&#xa0;; indiquez le fichier de la clé, sa valeur, ou «&#xa0;-&#xa0;» pour l&apos;entrée standard.</translation>
    </message>
</context>
<context>
    <name>engage::ChecklistCommand</name>
    <message>
        <source>Print the steps to enter a configuration&apos;s settings in the Engage admin console, for servers without the settings API.</source>
        <translation>Afficher les étapes pour saisir les réglages d&apos;une configuration dans la console d&apos;administration d&apos;Engage, pour les serveurs sans API de réglages.</translation>
    </message>
    <message>
        <source>Print HMAC secrets themselves instead of their SHA-256 fingerprints.</source>
        <translation>Afficher les secrets HMAC eux-mêmes au lieu de leurs empreintes SHA-256.</translation>
    </message>
    <message>
        <source>The configuration file; &quot;-&quot; reads standard input.</source>
        <translation>Le fichier de configuration&#xa0;; «&#xa0;-&#xa0;» lit l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>give exactly one configuration file.</source>
        <translation>indiquez exactement un fichier de configuration.</translation>
    </message>
    <message>
        <source>%1 has errors, which the admin console would refuse as well; fix them first.</source>
        <translation>%1 comporte des erreurs, que la console d&apos;administration refuserait aussi&#xa0;; corrigez-les d&apos;abord.</translation>
    </message>
    <message>
        <source>(fingerprint: paste the secret itself)</source>
        <translation>(empreinte&#xa0;: collez le secret lui-même)</translation>
    </message>
    <message>
        <source>HMAC secrets are shown as SHA-256 fingerprints, to compare with the secret you paste; pass --show-secrets to print them.</source>
        <translation>Les secrets HMAC sont affichés sous forme d&apos;empreintes SHA-256, à comparer avec le secret que vous collez&#xa0;; passez --show-secrets pour les afficher.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1&#xa0;:</translation>
    </message>
</context>
<context>
    <name>engage::Command</name>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Usage: engagectl %1</source>
        <translation>Utilisation&#xa0;: engagectl %1</translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation>Afficher du JSON lisible par une machine.</translation>
    </message>
    <message>
        <source>Run &quot;engagectl %1 --help&quot; for its usage.</source>
        <translation>Lancez «&#xa0;engagectl %1 --help&#xa0;» pour en connaître l&apos;usage.</translation>
    </message>
    <message>
        <source>standard input (&quot;-&quot;) can be read only once.</source>
        <translation>l&apos;entrée standard («&#xa0;-&#xa0;») ne peut être lue qu&apos;une fois.</translation>
    </message>
    <message>
        <source>Take this Unix time (seconds) as the current time.</source>
        <translation>Prendre ce temps Unix (en secondes) comme heure actuelle.</translation>
    </message>
    <message>
        <source>--now takes a Unix time in seconds, not &quot;%1&quot;.</source>
        <translation>--now prend un temps Unix en secondes, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The community configuration.</source>
        <translation>La configuration de la communauté.</translation>
    </message>
    <message>
        <source>%1 is larger than 1 MiB.</source>
        <translation>%1 dépasse 1 Mio.</translation>
    </message>
    <message>
        <source>%1 does not hold a JSON object.</source>
        <translation>%1 ne contient pas d&apos;objet JSON.</translation>
    </message>
    <message>
        <source>&lt;stdin&gt;</source>
        <translation>&lt;entrée standard&gt;</translation>
    </message>
    <message>
        <source>engagectl %1: %2</source>
        <translation>engagectl %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a configuration that can be read.</source>
        <translation>%1 n&apos;est pas une configuration lisible.</translation>
    </message>
    <message>
        <source>%1 has errors; keys with errors cannot verify or sign anything.</source>
        <translation>%1 comporte des erreurs&#xa0;; les clés en erreur ne peuvent rien vérifier ni signer.</translation>
    </message>
    <message>
        <source>--%1 takes a whole number from %2 to %3.</source>
        <translation>--%1 prend un nombre entier de %2 à %3.</translation>
    </message>
    <message>
        <source>--%1 takes a number of seconds from 0.001 to 3600.</source>
        <translation>--%1 prend un nombre de secondes de 0.001 à 3600 (avec un point décimal).</translation>
    </message>
    <message>
        <source>--out names %1, which this command reads; nothing was written. Choose another file.</source>
        <translation>--out désigne %1, que cette commande lit&#xa0;; rien n&apos;a été écrit. Choisissez un autre fichier.</translation>
    </message>
</context>
<context>
    <name>engage::CommunitiesCommand</name>
    <message>
        <source>List every community of the account (all pages).</source>
        <translation>Lister toutes les communautés du compte (toutes les pages).</translation>
    </message>
    <message>
        <source>this command takes no arguments.</source>
        <translation>cette commande ne prend aucun argument.</translation>
    </message>
    <message>
        <source>(inactive)</source>
        <translation>(inactive)</translation>
    </message>
    <message>
        <source>Communities listed: %1.</source>
        <translation>Communautés listées&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>engage::CommunityHeader</name>
    <message>
        <source>Community name</source>
        <translation>Nom de la communauté</translation>
    </message>
    <message>
        <source>Community ID</source>
        <translation>Identifiant de la communauté</translation>
    </message>
    <message>
        <source>Admin API server</source>
        <translation>Serveur de l&apos;API d&apos;administration</translation>
    </message>
    <message>
        <source>The community&apos;s ID in Engage, as the admin API gives it.</source>
        <translation>L&apos;identifiant de la communauté dans Engage, tel que le fournit l&apos;API d&apos;administration.</translation>
    </message>
    <message>
        <source>Community &amp;name:</source>
        <translation>&amp;Nom de la communauté&#xa0;:</translation>
    </message>
    <message>
        <source>Community &amp;ID:</source>
        <translation>Identifiant de la co&amp;mmunauté&#xa0;:</translation>
    </message>
    <message>
        <source>Se&amp;rver:</source>
        <translation>&amp;Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>Community name, as in the Engage console</source>
        <translation>Nom de la communauté, tel qu&apos;il apparaît dans la console Engage</translation>
    </message>
</context>
<context>
    <name>engage::ConfigDocument</name>
    <message>
        <source>Add a row</source>
        <translation>l&apos;ajout d&apos;une ligne</translation>
    </message>
    <message>
        <source>Remove a row</source>
        <translation>la suppression d&apos;une ligne</translation>
    </message>
    <message>
        <source>Edit a row</source>
        <translation>la modification d&apos;une ligne</translation>
    </message>
    <message>
        <source>Move a row</source>
        <translation>le déplacement d&apos;une ligne</translation>
    </message>
    <message>
        <source>Edit the community</source>
        <translation>la modification de la communauté</translation>
    </message>
    <message>
        <source>Change the signed identities mode</source>
        <translation>le changement de mode des identités signées</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n row(s)</source>
        <translation>
            <numerusform>la suppression de %n ligne</numerusform>
            <numerusform>la suppression de %n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace the settings</source>
        <translation>le remplacement des réglages</translation>
    </message>
    <message>
        <source>Refresh the catalogue</source>
        <translation>l&apos;actualisation du catalogue</translation>
    </message>
</context>
<context>
    <name>engage::ConfigFile</name>
    <message>
        <source>the file does not declare the format &quot;engage-messaging-community&quot;, which would be written in its place</source>
        <translation>le fichier ne déclare pas le format «&#xa0;engage-messaging-community&#xa0;», qui serait écrit à la place</translation>
    </message>
    <message>
        <source>the file does not declare version 1, which would be written in its place</source>
        <translation>le fichier ne déclare pas la version 1, qui serait écrite à la place</translation>
    </message>
    <message>
        <source>its value has the wrong JSON type and cannot be written as it is</source>
        <translation>sa valeur n&apos;a pas le bon type JSON et ne peut pas être écrite telle quelle</translation>
    </message>
</context>
<context>
    <name>engage::ConfigReader</name>
    <message>
        <source>The &quot;format&quot; member is missing: a configuration file declares &quot;format&quot;: &quot;%1&quot;.</source>
        <translation>Le membre «&#xa0;format&#xa0;» est absent&#xa0;: un fichier de configuration déclare &quot;format&quot;: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The format must be &quot;%1&quot;; this file is not an Engage Messaging community configuration.</source>
        <translation>Le format doit être «&#xa0;%1&#xa0;»&#xa0;; ce fichier n&apos;est pas une configuration de communauté Engage Messaging.</translation>
    </message>
    <message>
        <source>The &quot;version&quot; member is missing: this program reads version %1.</source>
        <translation>Le membre «&#xa0;version&#xa0;» est absent&#xa0;: ce programme lit la version %1.</translation>
    </message>
    <message>
        <source>The version must be a whole number: this program reads version %1.</source>
        <translation>La version doit être un nombre entier&#xa0;: ce programme lit la version %1.</translation>
    </message>
    <message>
        <source>Version %1 is not supported: this program reads version %2.</source>
        <translation>La version %1 n&apos;est pas prise en charge&#xa0;: ce programme lit la version %2.</translation>
    </message>
    <message>
        <source>This member must be %1, not %2.</source>
        <translation>Ce membre doit être %1, et non %2.</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>un booléen</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>The file is %1 bytes long; a configuration may be at most 16 MiB (%2 bytes), so it was not read.</source>
        <translation>Le fichier fait %1 octets&#xa0;; une configuration ne peut pas dépasser 16 Mio (%2 octets), il n&apos;a donc pas été lu.</translation>
    </message>
    <message>
        <source>The file holds a JSON value that is not an object; a configuration is one JSON object.</source>
        <translation>Le fichier contient une valeur JSON qui n&apos;est pas un objet&#xa0;; une configuration est un objet JSON unique.</translation>
    </message>
    <message>
        <source>The member &quot;%1&quot; is not part of the format and holds a private key, which is never written: it will be left out. Only public keys belong in a configuration.</source>
        <translation>Le membre «&#xa0;%1&#xa0;» ne fait pas partie du format et contient une clé privée, qui n&apos;est jamais écrite&#xa0;: il sera omis. Seules les clés publiques ont leur place dans une configuration.</translation>
    </message>
    <message>
        <source>The member &quot;%1&quot; is not part of the format; it is kept as it is but has no effect. Check its spelling.</source>
        <translation>Le membre «&#xa0;%1&#xa0;» ne fait pas partie du format&#xa0;; il est conservé tel quel mais n&apos;a aucun effet. Vérifiez son orthographe.</translation>
    </message>
    <message>
        <source>The input is over 16 MiB; a configuration may be at most 16 MiB (%1 bytes), so it was not read.</source>
        <translation>L&apos;entrée dépasse 16 Mio&#xa0;; une configuration ne peut pas dépasser 16 Mio (%1 octets), elle n&apos;a donc pas été lue.</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>Le fichier</translation>
    </message>
</context>
<context>
    <name>engage::ConfigValidator</name>
    <message>
        <source>Signed identities must be &quot;accept&quot;, &quot;reject&quot; or &quot;require&quot;, not &quot;%1&quot;.</source>
        <translation>Les identités signées doivent valoir «&#xa0;accept&#xa0;», «&#xa0;reject&#xa0;» ou «&#xa0;require&#xa0;», et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Accept takes both signed and non-signed identities, so a visitor can claim any identity; use Require in production.</source>
        <translation>Accepter admet les identités signées comme non signées&#xa0;: un visiteur peut donc se prévaloir de n&apos;importe quelle identité&#xa0;; utilisez Exiger en production.</translation>
    </message>
    <message>
        <source>Require accepts only signed identities, but no JWT key is configured, so no visitor could be identified; add a key.</source>
        <translation>Exiger n&apos;admet que les identités signées, mais aucune clé JWT n&apos;est configurée&#xa0;: aucun visiteur ne pourrait donc être identifié&#xa0;; ajoutez une clé.</translation>
    </message>
    <message>
        <source>Reject refuses signed identities, so the configured JWT keys are never used; choose Require or remove the keys.</source>
        <translation>Refuser rejette les identités signées&#xa0;: les clés JWT configurées ne servent donc jamais&#xa0;; choisissez Exiger ou supprimez les clés.</translation>
    </message>
    <message>
        <source>The custom field key is empty.</source>
        <translation>La clé du champ personnalisé est vide.</translation>
    </message>
    <message>
        <source>The custom field key &quot;%1&quot; may contain only lowercase letters a-z, digits 0-9 and underscores.</source>
        <translation>La clé de champ personnalisé «&#xa0;%1&#xa0;» ne peut contenir que des lettres minuscules a-z, des chiffres 0-9 et des traits de soulignement.</translation>
    </message>
    <message>
        <source>The custom field key &quot;%1&quot; is already used at %2; custom field keys must be unique.</source>
        <translation>La clé de champ personnalisé «&#xa0;%1&#xa0;» est déjà utilisée à l&apos;emplacement %2&#xa0;; les clés de champs personnalisés doivent être uniques.</translation>
    </message>
    <message>
        <source>The regular expression is not valid: %1 (at character %2).</source>
        <translation>L&apos;expression régulière n&apos;est pas valide&#xa0;: %1 (au caractère %2).</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is already written by the key &quot;%2&quot;; the later value overwrites the earlier one.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» est déjà écrit par la clé «&#xa0;%2&#xa0;»&#xa0;; la dernière valeur écrase la précédente.</translation>
    </message>
    <message>
        <source>The visitor UUID is mapped to &quot;%1&quot;, which is not a custom field with a regex, so automatically generated UUIDs could land in it.</source>
        <translation>L&apos;UUID du visiteur est mis en correspondance avec «&#xa0;%1&#xa0;», qui n&apos;est pas un champ personnalisé doté d&apos;une expression régulière&#xa0;: des UUID générés automatiquement pourraient donc s&apos;y retrouver.</translation>
    </message>
    <message>
        <source>The extra value key is empty; enter the key the website registers, or remove the row.</source>
        <translation>La clé de valeur supplémentaire est vide&#xa0;; saisissez la clé que le site web enregistre, ou supprimez la ligne.</translation>
    </message>
    <message>
        <source>The extra value key &quot;%1&quot; starts or ends with white space, which the website would not send.</source>
        <translation>La clé de valeur supplémentaire «&#xa0;%1&#xa0;» commence ou se termine par une espace, que le site web n&apos;enverrait pas.</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; is already mapped at %2; each key can be mapped only once.</source>
        <translation>La clé «&#xa0;%1&#xa0;» est déjà mise en correspondance à l&apos;emplacement %2&#xa0;; chaque clé ne peut être mise en correspondance qu&apos;une seule fois.</translation>
    </message>
    <message>
        <source>No destination field is chosen.</source>
        <translation>Aucun champ de destination n&apos;est choisi.</translation>
    </message>
    <message>
        <source>The custom field &quot;%1&quot; is not in the custom fields catalogue; add it there or choose another field.</source>
        <translation>Le champ personnalisé «&#xa0;%1&#xa0;» ne figure pas dans le catalogue des champs personnalisés&#xa0;; ajoutez-l&apos;y ou choisissez un autre champ.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a destination field: choose a predefined field or custom_field:KEY.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un champ de destination&#xa0;: choisissez un champ prédéfini ou custom_field:KEY.</translation>
    </message>
    <message>
        <source>The key ID &quot;%1&quot; is already used at %2; key IDs must be unique.</source>
        <translation>L&apos;identifiant de clé «&#xa0;%1&#xa0;» est déjà utilisé à l&apos;emplacement %2&#xa0;; les identifiants de clé doivent être uniques.</translation>
    </message>
    <message>
        <source>This secret is also the secret of the key &quot;%1&quot;; give every key its own secret.</source>
        <translation>Ce secret est aussi celui de la clé «&#xa0;%1&#xa0;»&#xa0;; attribuez à chaque clé son propre secret.</translation>
    </message>
    <message>
        <source>The same public key is already configured as the key &quot;%1&quot;.</source>
        <translation>La même clé publique est déjà configurée comme clé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The key ID is empty.</source>
        <translation>L&apos;identifiant de clé est vide.</translation>
    </message>
    <message>
        <source>The key ID &quot;%1&quot; may contain only lowercase letters a-z, digits 0-9 and underscores.</source>
        <translation>L&apos;identifiant de clé «&#xa0;%1&#xa0;» ne peut contenir que des lettres minuscules a-z, des chiffres 0-9 et des traits de soulignement.</translation>
    </message>
    <message>
        <source>The key has no algorithm: choose HS256 or RS256.</source>
        <translation>La clé n&apos;a pas d&apos;algorithme&#xa0;: choisissez HS256 ou RS256.</translation>
    </message>
    <message>
        <source>The algorithm must be HS256 or RS256, not &quot;%1&quot;.</source>
        <translation>L&apos;algorithme doit être HS256 ou RS256, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The HS256 key has no secret: enter its 24-character shared secret or generate one.</source>
        <translation>La clé HS256 n&apos;a pas de secret&#xa0;: saisissez son secret partagé de 24 caractères ou générez-en un.</translation>
    </message>
    <message>
        <source>The secret has capital letters: it must be written with the lowercase hex digits 0-9 and a-f.</source>
        <translation>Le secret contient des majuscules&#xa0;: il doit être écrit avec les chiffres hexadécimaux minuscules 0-9 et a-f.</translation>
    </message>
    <message>
        <source>The secret must be exactly %1 hex characters long; this one has %2.</source>
        <translation>Le secret doit compter exactement %1 caractères hexadécimaux&#xa0;; celui-ci en compte %2.</translation>
    </message>
    <message>
        <source>The secret may contain only the hex digits 0-9 and a-f.</source>
        <translation>Le secret ne peut contenir que les chiffres hexadécimaux 0-9 et a-f.</translation>
    </message>
    <message>
        <source>The RS256 key has no public key: paste a PEM public key (-----BEGIN PUBLIC KEY-----).</source>
        <translation>La clé RS256 n&apos;a pas de clé publique&#xa0;: collez une clé publique PEM (-----BEGIN PUBLIC KEY-----).</translation>
    </message>
    <message>
        <source>This is not a usable PEM public key: %1.</source>
        <translation>Ce n&apos;est pas une clé publique PEM utilisable&#xa0;: %1.</translation>
    </message>
    <message>
        <source>This is a private key: only the public key belongs here, and this program never saves the private key. Extract the public key with &quot;openssl pkey -in private.pem -pubout&quot;.</source>
        <translation>Ceci est une clé privée&#xa0;: seule la clé publique a sa place ici, et ce programme n&apos;enregistre jamais la clé privée. Extrayez la clé publique avec «&#xa0;openssl pkey -in private.pem -pubout&#xa0;».</translation>
    </message>
    <message>
        <source>This is an X.509 certificate, not a public key. Extract its public key with &quot;openssl x509 -in certificate.pem -pubkey -noout&quot; and paste that.</source>
        <translation>Ceci est un certificat X.509, et non une clé publique. Extrayez sa clé publique avec «&#xa0;openssl x509 -in certificate.pem -pubkey -noout&#xa0;» et collez-la.</translation>
    </message>
    <message>
        <source>This RSA key has only %1 bits; use a key of at least %2 bits.</source>
        <translation>Cette clé RSA ne compte que %1 bits&#xa0;; utilisez une clé d&apos;au moins %2 bits.</translation>
    </message>
    <message>
        <source>This public key is %1; RS256 needs an RSA public key.</source>
        <translation>Cette clé publique est %1&#xa0;; RS256 nécessite une clé publique RSA.</translation>
    </message>
    <message>
        <source>This RSA public key cannot be used: %1.</source>
        <translation>Cette clé publique RSA est inutilisable&#xa0;: %1.</translation>
    </message>
    <message>
        <source>This holds a private key, which this program never saves: it is left out when the file is written. Remove it; only public keys belong in a configuration.</source>
        <translation>Ceci contient une clé privée, que ce programme n&apos;enregistre jamais&#xa0;: elle est omise lorsque le fichier est écrit. Supprimez-la&#xa0;; seules les clés publiques ont leur place dans une configuration.</translation>
    </message>
</context>
<context>
    <name>engage::ConflictDialog</name>
    <message>
        <source>The Remote Settings Changed</source>
        <translation>Les réglages distants ont changé</translation>
    </message>
    <message>
        <source>Items changed both on the server and in this configuration</source>
        <translation>Éléments modifiés à la fois sur le serveur et dans cette configuration</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>When pulled</source>
        <translation>À la récupération</translation>
    </message>
    <message>
        <source>Theirs (the server now)</source>
        <translation>Version du serveur (actuelle)</translation>
    </message>
    <message>
        <source>Yours (this configuration)</source>
        <translation>Votre version (cette configuration)</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conserver</translation>
    </message>
    <message>
        <source>Version of %1 to push</source>
        <translation>Version de %1 à envoyer</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Garder celle du serveur</translation>
    </message>
    <message>
        <source>Use yours</source>
        <translation>Utiliser la vôtre</translation>
    </message>
    <message>
        <source>&amp;Changed on both sides:</source>
        <translation>&amp;Modifiés des deux côtés&#xa0;:</translation>
    </message>
    <message>
        <source>Changes merged without conflict</source>
        <translation>Modifications fusionnées sans conflit</translation>
    </message>
    <message>
        <source>Your changes, sent to the server:</source>
        <translation>Vos modifications, envoyées au serveur&#xa0;:</translation>
    </message>
    <message>
        <source>Changed on the server since the pull, merged into this configuration:</source>
        <translation>Modifications faites sur le serveur depuis la récupération, fusionnées dans cette configuration&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Merged without conflict:</source>
        <translation>Fusionnées &amp;sans conflit&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reload the Remote Settings</source>
        <translation>&amp;Recharger les réglages distants</translation>
    </message>
    <message>
        <source>&amp;Push with These Choices</source>
        <translation>&amp;Envoyer avec ces choix</translation>
    </message>
</context>
<context>
    <name>engage::ConnectionDialog</name>
    <message>
        <source>Connect to the Admin API</source>
        <translation>Se connecter à l&apos;API d&apos;administration</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>URL du serveur</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>Jeton d&apos;API</translation>
    </message>
    <message>
        <source>&amp;Server URL:</source>
        <translation>URL du &amp;serveur&#xa0;:</translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation>&amp;Jeton d&apos;API&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>Se c&amp;onnecter</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>État de la connexion</translation>
    </message>
    <message>
        <source>Checking the token with %1…</source>
        <translation>Vérification du jeton auprès de %1…</translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1: the token can see at least %n communities.</source>
        <translation>
            <numerusform>Connecté à %1&#xa0;: le jeton peut voir au moins %n communauté.</numerusform>
            <numerusform>Connecté à %1&#xa0;: le jeton peut voir au moins %n communautés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1: the token can see %n communities.</source>
        <translation>
            <numerusform>Connecté à %1&#xa0;: le jeton peut voir %n communauté.</numerusform>
            <numerusform>Connecté à %1&#xa0;: le jeton peut voir %n communautés.</numerusform>
        </translation>
    </message>
    <message>
        <source>This configuration is of the community %1 on %2, so that server is filled in. Connecting to another server makes a later push ask first.</source>
        <translation>Cette configuration est celle de la communauté %1 sur %2, c&apos;est pourquoi ce serveur est prérempli. Si vous vous connectez à un autre serveur, un envoi ultérieur demandera d&apos;abord confirmation.</translation>
    </message>
</context>
<context>
    <name>engage::Console</name>
    <message>
        <source>Standard output could not be written: %1. What was printed is incomplete.</source>
        <translation>La sortie standard n&apos;a pas pu être écrite&#xa0;: %1. Ce qui a été affiché est incomplet.</translation>
    </message>
</context>
<context>
    <name>engage::ConsoleChecklist</name>
    <message>
        <source>Require JWT signed identities</source>
        <translation>Require JWT signed identities</translation>
    </message>
    <message>
        <source>Accept JWT signed identities</source>
        <translation>Accept JWT signed identities</translation>
    </message>
    <message>
        <source>Reject JWT signed identities</source>
        <translation>Reject JWT signed identities</translation>
    </message>
    <message>
        <source>In the Engage admin console, open Admin &gt; Messaging communities and edit the community.</source>
        <translation>Dans la console d&apos;administration d&apos;Engage, ouvrez Admin &gt; Messaging communities et modifiez la communauté.</translation>
    </message>
    <message>
        <source>Community name</source>
        <translation>Nom de la communauté</translation>
    </message>
    <message>
        <source>Community ID</source>
        <translation>Identifiant de la communauté</translation>
    </message>
    <message>
        <source>Open Admin &gt; Custom fields, edit the Identity Group custom field and enter its custom regex (the API cannot set it).</source>
        <translation>Ouvrez Admin &gt; Custom fields, modifiez le champ personnalisé de groupe d&apos;identité (Identity Group) et saisissez son expression régulière personnalisée (l&apos;API ne peut pas la définir).</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Custom regex</source>
        <translation>Expression régulière personnalisée</translation>
    </message>
    <message>
        <source>In &quot;Extra values mapping&quot;, add a mapping: type the key of the extra value and select the destination field.</source>
        <translation>Dans «&#xa0;Extra values mapping&#xa0;», ajoutez une correspondance&#xa0;: saisissez la clé de la valeur supplémentaire et sélectionnez le champ de destination.</translation>
    </message>
    <message>
        <source>Destination field</source>
        <translation>Champ de destination</translation>
    </message>
    <message>
        <source>Key ID</source>
        <translation>Identifiant de clé</translation>
    </message>
    <message>
        <source>Public key for RSA</source>
        <translation>Clé publique pour RSA</translation>
    </message>
    <message>
        <source>Secret for HMAC</source>
        <translation>Secret pour HMAC</translation>
    </message>
    <message>
        <source>(not in this file: use the secret the website signs with)</source>
        <translation>(absent de ce fichier&#xa0;: utilisez le secret avec lequel le site web signe)</translation>
    </message>
    <message>
        <source>In &quot;JWT keys&quot;, add a key (%1).</source>
        <translation>Dans «&#xa0;JWT keys&#xa0;», ajoutez une clé (%1).</translation>
    </message>
    <message>
        <source>Under &quot;JWT Signature&quot;, set &quot;Signed identities&quot;, then save the community.</source>
        <translation>Sous «&#xa0;JWT Signature&#xa0;», réglez «&#xa0;Signed identities&#xa0;», puis enregistrez la communauté.</translation>
    </message>
    <message>
        <source>Signed identities</source>
        <translation>Identités signées</translation>
    </message>
    <message>
        <source>Current platforms no longer offer Accept (deprecated and unsafe): choose Require once the website signs every identity.</source>
        <translation>Les plateformes actuelles ne proposent plus Accept (obsolète et peu sûr)&#xa0;: choisissez Require dès que le site web signe chaque identité.</translation>
    </message>
</context>
<context>
    <name>engage::ConsoleChecklistDialog</name>
    <message>
        <source>Console Checklist</source>
        <translation>Liste de contrôle de la console</translation>
    </message>
    <message>
        <source>A real Engage domain has no API for these settings: enter them in the Engage admin console, step by step. Each Copy button puts one value on the clipboard.</source>
        <translation>Un domaine Engage réel n&apos;a pas d&apos;API pour ces réglages&#xa0;: saisissez-les dans la console d&apos;administration d&apos;Engage, étape par étape. Chaque bouton Copier place une valeur dans le presse-papiers.</translation>
    </message>
    <message numerus="yes">
        <source>This configuration has %n error(s) (see Diagnostics): the console would refuse those values, so fix them before entering it.</source>
        <translation>
            <numerusform>Cette configuration comporte %n erreur (voir Diagnostics)&#xa0;: la console refuserait la valeur en cause, corrigez-la donc avant de saisir la configuration.</numerusform>
            <numerusform>Cette configuration comporte %n erreurs (voir Diagnostics)&#xa0;: la console refuserait ces valeurs, corrigez-les donc avant de saisir la configuration.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the &amp;secrets instead of their fingerprints</source>
        <translation>Afficher les &amp;secrets au lieu de leurs empreintes</translation>
    </message>
    <message>
        <source>Show the secrets</source>
        <translation>Afficher les secrets</translation>
    </message>
    <message>
        <source>Checklist steps</source>
        <translation>Étapes de la liste de contrôle</translation>
    </message>
    <message>
        <source>Clipboard status</source>
        <translation>État du presse-papiers</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy %1 of step %2</source>
        <translation>Copier «&#xa0;%1&#xa0;» de l&apos;étape %2</translation>
    </message>
    <message>
        <source>Copied “%1”.</source>
        <translation>Copié&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>Copied “%1”: the secret is cleared from the clipboard in %n seconds if it is still there.</source>
        <translation>
            <numerusform>Copié&#xa0;: «&#xa0;%1&#xa0;»&#xa0;; le secret sera effacé du presse-papiers dans %n seconde s&apos;il s&apos;y trouve encore.</numerusform>
            <numerusform>Copié&#xa0;: «&#xa0;%1&#xa0;»&#xa0;; le secret sera effacé du presse-papiers dans %n secondes s&apos;il s&apos;y trouve encore.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>engage::CountCommunitiesCommand</name>
    <message>
        <source>the list of communities is not a page of records with their count</source>
        <translation>la liste des communautés n&apos;est pas une page d&apos;enregistrements avec leur nombre</translation>
    </message>
</context>
<context>
    <name>engage::CreateCustomFieldCommand</name>
    <message>
        <source>Create an Identity Group custom field on the server.</source>
        <translation>Créer un champ personnalisé de groupe d&apos;identité sur le serveur.</translation>
    </message>
    <message>
        <source>The field&apos;s key, as mapping rows name it (a-z, 0-9, _).</source>
        <translation>La clé du champ, telle que les lignes de correspondance la nomment (a-z, 0-9, _).</translation>
    </message>
    <message>
        <source>The label agents see.</source>
        <translation>Le libellé que voient les agents.</translation>
    </message>
    <message>
        <source>The field&apos;s type: %1 (default string).</source>
        <translation>Le type du champ&#xa0;: %1 (string par défaut).</translation>
    </message>
    <message>
        <source>this command takes no arguments.</source>
        <translation>cette commande ne prend aucun argument.</translation>
    </message>
    <message>
        <source>--key takes a key of lowercase letters, digits and &quot;_&quot; only.</source>
        <translation>--key prend une clé faite uniquement de lettres minuscules, de chiffres et de «&#xa0;_&#xa0;».</translation>
    </message>
    <message>
        <source>--label L is required.</source>
        <translation>--label L est obligatoire.</translation>
    </message>
    <message>
        <source>--type takes one of: %1.</source>
        <translation>--type prend l&apos;une de ces valeurs&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Created the Identity Group custom field &quot;%1&quot; (&quot;%2&quot;, %3), ID %4.</source>
        <translation>Champ personnalisé de groupe d&apos;identité «&#xa0;%1&#xa0;» créé («&#xa0;%2&#xa0;», %3), identifiant %4.</translation>
    </message>
    <message>
        <source>The API cannot set a custom field&apos;s regex: if this field needs one (a UUID mapped to it does), set it in the Engage admin console under Admin &gt; Custom fields, then add it to the configuration file&apos;s catalogue.</source>
        <translation>L&apos;API ne peut pas définir l&apos;expression régulière d&apos;un champ personnalisé&#xa0;: si ce champ en a besoin (c&apos;est le cas s&apos;il reçoit un UUID), définissez-la dans la console d&apos;administration d&apos;Engage sous Admin &gt; Custom fields, puis ajoutez le champ au catalogue du fichier de configuration.</translation>
    </message>
</context>
<context>
    <name>engage::CreateIdentityGroupFieldCommand</name>
    <message>
        <source>it accepted the request but did not answer with the custom field; the field may have been created, so refresh the catalogue to see before trying again</source>
        <translation>il a accepté la requête sans renvoyer le champ personnalisé&#xa0;; le champ a peut-être été créé, actualisez donc le catalogue pour le vérifier avant de réessayer</translation>
    </message>
</context>
<context>
    <name>engage::CustomFieldTableModel</name>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Regex</source>
        <translation>Expression régulière</translation>
    </message>
</context>
<context>
    <name>engage::DestinationField</name>
    <message>
        <source>%1 (custom field)</source>
        <translation>%1 (champ personnalisé)</translation>
    </message>
</context>
<context>
    <name>engage::DestinationFieldDelegate</name>
    <message>
        <source>Destination field</source>
        <translation>Champ de destination</translation>
    </message>
    <message>
        <source>(no field)</source>
        <translation>(aucun champ)</translation>
    </message>
</context>
<context>
    <name>engage::DiagnosticListModel</name>
    <message>
        <source>key</source>
        <translation>clé</translation>
    </message>
    <message>
        <source>destination field</source>
        <translation>champ de destination</translation>
    </message>
    <message>
        <source>label</source>
        <translation>libellé</translation>
    </message>
    <message>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <source>regex</source>
        <translation>expression régulière</translation>
    </message>
    <message>
        <source>key ID</source>
        <translation>identifiant de clé</translation>
    </message>
    <message>
        <source>algorithm</source>
        <translation>algorithme</translation>
    </message>
    <message>
        <source>secret</source>
        <translation>secret</translation>
    </message>
    <message>
        <source>public key</source>
        <translation>clé publique</translation>
    </message>
    <message>
        <source>The whole file</source>
        <translation>Le fichier entier</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Signed identities</source>
        <translation>Identités signées</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Communauté</translation>
    </message>
    <message>
        <source>Mapping row %1</source>
        <translation>Ligne de correspondance %1</translation>
    </message>
    <message>
        <source>Custom field %1</source>
        <translation>Champ personnalisé %1</translation>
    </message>
    <message>
        <source>JWT key “%1”</source>
        <translation>Clé JWT «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>JWT key %1</source>
        <translation>Clé JWT %1</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
</context>
<context>
    <name>engage::DiagnosticOutput</name>
    <message>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>error: %1 [%2]</source>
        <translation>erreur&#xa0;: %1 [%2]</translation>
    </message>
    <message>
        <source>warning: %1 [%2]</source>
        <translation>avertissement&#xa0;: %1 [%2]</translation>
    </message>
    <message>
        <source>key: %1</source>
        <translation>clé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>engage::Diagnostics</name>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>To fill in: %1</source>
        <translation>À remplir&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>engage::DiagnosticsPanel</name>
    <message>
        <source>No problem found.</source>
        <translation>Aucun problème détecté.</translation>
    </message>
    <message>
        <source>%1, %2.</source>
        <translation>%1, %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnostics</translation>
    </message>
    <message>
        <source>Filter the diagnostics</source>
        <translation>Filtrer les diagnostics</translation>
    </message>
</context>
<context>
    <name>engage::DiffCommand</name>
    <message>
        <source>Show what a push would change and merge, entity by entity, and what it would refuse; secrets appear only as fingerprints.</source>
        <translation>Montrer ce qu&apos;un envoi changerait et fusionnerait, entité par entité, et ce qu&apos;il refuserait&#xa0;; les secrets n&apos;apparaissent que sous forme d&apos;empreintes.</translation>
    </message>
    <message>
        <source>The configuration file.</source>
        <translation>Le fichier de configuration.</translation>
    </message>
    <message>
        <source>give exactly one configuration file.</source>
        <translation>indiquez exactement un fichier de configuration.</translation>
    </message>
    <message>
        <source>%1 is invalid, so a push would refuse it and send nothing (exit 1): fix the errors first.</source>
        <translation>%1 n&apos;est pas valide, un envoi le refuserait donc et n&apos;enverrait rien (code de sortie 1)&#xa0;: corrigez d&apos;abord les erreurs.</translation>
    </message>
    <message>
        <source>A push would be refused for this reason (exit 3); with --force it would replace the remote settings by those of the file, as shown above.</source>
        <translation>Un envoi serait refusé pour cette raison (code de sortie 3)&#xa0;; avec --force, il remplacerait les réglages distants par ceux du fichier, comme indiqué ci-dessus.</translation>
    </message>
    <message>
        <source>The remote settings changed since %1 was pulled, and the server and the file both changed what is listed as a conflict, so a push would be refused (exit 3): pull again and redo your changes, or push with --force to keep the file&apos;s version of each.</source>
        <translation>Les réglages distants ont changé depuis la récupération de %1, et le serveur comme le fichier ont modifié ce qui est listé comme conflit&#xa0;: un envoi serait donc refusé (code de sortie 3). Récupérez à nouveau la communauté et refaites vos modifications, ou envoyez avec --force pour garder la version du fichier pour chaque élément.</translation>
    </message>
    <message>
        <source>Merged with the remote changes, the settings of %1 would break the rules above, so a push would be refused (exit 3): pull again (the catalogue too) and redo your changes.</source>
        <translation>Fusionnés avec les modifications distantes, les réglages de %1 enfreindraient les règles ci-dessus&#xa0;: un envoi serait donc refusé (code de sortie 3). Récupérez à nouveau la communauté (et le catalogue) et refaites vos modifications.</translation>
    </message>
    <message>
        <source>A push would merge the remote changes listed above into %1.</source>
        <translation>Un envoi fusionnerait dans %1 les modifications distantes listées ci-dessus.</translation>
    </message>
</context>
<context>
    <name>engage::ExportCommand</name>
    <message>
        <source>Write the canonical form of a configuration atomically; an invalid configuration is refused unless --allow-invalid.</source>
        <translation>Écrire la forme canonique d&apos;une configuration de façon atomique&#xa0;; une configuration non valide est refusée sauf avec --allow-invalid.</translation>
    </message>
    <message>
        <source>The file to write; &quot;-&quot; writes standard output.</source>
        <translation>Le fichier à écrire&#xa0;; «&#xa0;-&#xa0;» écrit sur la sortie standard.</translation>
    </message>
    <message>
        <source>Write every HS256 secret as null.</source>
        <translation>Écrire chaque secret HS256 comme null.</translation>
    </message>
    <message>
        <source>Export even when the configuration has errors.</source>
        <translation>Exporter même si la configuration comporte des erreurs.</translation>
    </message>
    <message>
        <source>Leave out the members this version does not know (kept by default), and list them.</source>
        <translation>Omettre les membres que cette version ne connaît pas (conservés par défaut), et les lister.</translation>
    </message>
    <message>
        <source>The configuration; &quot;-&quot; reads standard input.</source>
        <translation>La configuration&#xa0;; «&#xa0;-&#xa0;» lit l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>give exactly one configuration file.</source>
        <translation>indiquez exactement un fichier de configuration.</translation>
    </message>
    <message>
        <source>--out OUT is required.</source>
        <translation>--out OUT est obligatoire.</translation>
    </message>
    <message>
        <source>--out needs a file name.</source>
        <translation>--out a besoin d&apos;un nom de fichier.</translation>
    </message>
    <message>
        <source>Wrote %1 with secrets redacted.</source>
        <translation>%1 écrit, secrets masqués.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 écrit.</translation>
    </message>
    <message>
        <source>%1 cannot be read as a configuration; nothing was written.</source>
        <translation>%1 ne peut pas être lu comme une configuration&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2; fix it first.</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: %2&#xa0;; corrigez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>%1 holds values its canonical form cannot write as they were read; nothing was written, even with --allow-invalid.</source>
        <translation>%1 contient des valeurs que sa forme canonique ne peut pas écrire telles qu&apos;elles ont été lues&#xa0;; rien n&apos;a été écrit, même avec --allow-invalid.</translation>
    </message>
    <message>
        <source>%1 is invalid; nothing was written. Fix the errors, or pass --allow-invalid to export it as it is.</source>
        <translation>%1 n&apos;est pas valide&#xa0;; rien n&apos;a été écrit. Corrigez les erreurs, ou passez --allow-invalid pour l&apos;exporter tel quel.</translation>
    </message>
    <message>
        <source>the unknown member %1 was left out.</source>
        <translation>le membre inconnu %1 a été omis.</translation>
    </message>
    <message>
        <source>the unknown member %1 of a JWT key is written as it is, not redacted; check that it holds no secret, or pass --drop-unknown.</source>
        <translation>le membre inconnu %1 d&apos;une clé JWT est écrit tel quel, sans être masqué&#xa0;; vérifiez qu&apos;il ne contient aucun secret, ou passez --drop-unknown.</translation>
    </message>
    <message>
        <source>the private key at %1 was left out: it is never written, and only public keys belong in a configuration.</source>
        <translation>la clé privée à l&apos;emplacement %1 a été omise&#xa0;: elle n&apos;est jamais écrite, et seules les clés publiques ont leur place dans une configuration.</translation>
    </message>
</context>
<context>
    <name>engage::ExportDialog</name>
    <message>
        <source>&amp;Redact secrets: write &quot;secret&quot;: null for every HS256 key</source>
        <translation>&amp;Masquer les secrets&#xa0;: écrire &quot;secret&quot;: null pour chaque clé HS256</translation>
    </message>
    <message>
        <source>Export Configuration</source>
        <translation>Exporter la configuration</translation>
    </message>
    <message>
        <source>Export to file</source>
        <translation>Fichier d&apos;exportation</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>This configuration has %n error(s): the exported file will not pass &quot;engagectl validate&quot;.</source>
        <translation>
            <numerusform>Cette configuration comporte %n erreur&#xa0;: le fichier exporté ne passera pas «&#xa0;engagectl validate&#xa0;».</numerusform>
            <numerusform>Cette configuration comporte %n erreurs&#xa0;: le fichier exporté ne passera pas «&#xa0;engagectl validate&#xa0;».</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>engage::FetchCommunityCommand</name>
    <message>
        <source>the community</source>
        <translation>la communauté</translation>
    </message>
</context>
<context>
    <name>engage::FetchIdentityGroupCommand</name>
    <message>
        <source>the identity group</source>
        <translation>le groupe d&apos;identité</translation>
    </message>
</context>
<context>
    <name>engage::FetchRecordCommand</name>
    <message>
        <source>%1 is not a record of the expected shape</source>
        <translation>%1 n&apos;est pas un enregistrement de la forme attendue</translation>
    </message>
</context>
<context>
    <name>engage::FetchSettingsCommand</name>
    <message>
        <source>the messaging settings came without an ETag, so a push could not be made conditional on them</source>
        <translation>les réglages de messagerie sont arrivés sans ETag, donc un envoi ne pourrait pas être conditionné à ceux-ci</translation>
    </message>
</context>
<context>
    <name>engage::FindIdentityCommand</name>
    <message>
        <source>identity number %1 of the list is malformed</source>
        <translation>l&apos;identité numéro %1 de la liste est mal formée</translation>
    </message>
</context>
<context>
    <name>engage::GenSecretCommand</name>
    <message>
        <source>Print a new HS256 secret: 24 lowercase hex characters from a cryptographic random generator.</source>
        <translation>Afficher un nouveau secret HS256&#xa0;: 24 caractères hexadécimaux minuscules issus d&apos;un générateur aléatoire cryptographique.</translation>
    </message>
    <message>
        <source>the system&apos;s random generator failed; no secret was made.</source>
        <translation>le générateur aléatoire du système a échoué&#xa0;; aucun secret n&apos;a été créé.</translation>
    </message>
    <message>
        <source>this command takes no arguments.</source>
        <translation>cette commande ne prend aucun argument.</translation>
    </message>
</context>
<context>
    <name>engage::IdentityCheck</name>
    <message>
        <source>%1 → %2: %3 is there, as the mapping wrote it.</source>
        <translation>%1 → %2&#xa0;: %3 y figure, tel que la correspondance l&apos;a écrit.</translation>
    </message>
    <message>
        <source>%1 → %2: the identity has no extra value %1, so there was nothing to write; check that the website registers it under exactly this key.</source>
        <translation>%1 → %2&#xa0;: l&apos;identité n&apos;a pas de valeur supplémentaire %1, il n&apos;y avait donc rien à écrire&#xa0;; vérifiez que le site web l&apos;enregistre exactement sous cette clé.</translation>
    </message>
    <message>
        <source>%1 → %2: %3 does not match the custom field&apos;s regex, so Engage does not store it; fix the value the website sends or the regex.</source>
        <translation>%1 → %2&#xa0;: %3 ne correspond pas à l&apos;expression régulière du champ personnalisé, donc Engage ne l&apos;enregistre pas&#xa0;; corrigez la valeur envoyée par le site web ou l&apos;expression régulière.</translation>
    </message>
    <message>
        <source>%1 → %2: the mapping should have written %3, but the identity group holds nothing there; check the mapping in the admin console.</source>
        <translation>%1 → %2&#xa0;: la correspondance aurait dû écrire %3, mais le groupe d&apos;identité ne contient rien à cet endroit&#xa0;; vérifiez la correspondance dans la console d&apos;administration.</translation>
    </message>
    <message>
        <source>%1 → %2: the mapping should have written %3, but the identity group holds %4 (an agent or another identity may have changed it).</source>
        <translation>%1 → %2&#xa0;: la correspondance aurait dû écrire %3, mais le groupe d&apos;identité contient %4 (un agent ou une autre identité l&apos;a peut-être modifié).</translation>
    </message>
</context>
<context>
    <name>engage::IdentityCheckDialog</name>
    <message>
        <source>Written</source>
        <translation>Écrit</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Non envoyé</translation>
    </message>
    <message>
        <source>Problem: fails the regex</source>
        <translation>Problème&#xa0;: refusé par l&apos;expression régulière</translation>
    </message>
    <message>
        <source>Problem: missing</source>
        <translation>Problème&#xa0;: absent</translation>
    </message>
    <message>
        <source>Problem: different</source>
        <translation>Problème&#xa0;: différent</translation>
    </message>
    <message>
        <source>Check an Identity</source>
        <translation>Vérifier une identité</translation>
    </message>
    <message>
        <source>Visitor UUID</source>
        <translation>UUID du visiteur</translation>
    </message>
    <message>
        <source>The UUID the website gave the visitor</source>
        <translation>L&apos;UUID que le site web a attribué au visiteur</translation>
    </message>
    <message>
        <source>Visitor &amp;UUID:</source>
        <translation>&amp;UUID du visiteur&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>The identity and its group</source>
        <translation>L&apos;identité et son groupe</translation>
    </message>
    <message>
        <source>Enter the UUID of a visitor who chatted since the mapping was set, then Check: the mapping is compared with what Engage stored for them.</source>
        <translation>Saisissez l&apos;UUID d&apos;un visiteur qui a discuté depuis la mise en place de la correspondance, puis cliquez sur Vérifier&#xa0;: la correspondance est comparée à ce qu&apos;Engage a enregistré pour lui.</translation>
    </message>
    <message>
        <source>The mapping compared with the identity group</source>
        <translation>La correspondance comparée au groupe d&apos;identité</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Correspondance</translation>
    </message>
    <message>
        <source>Should have written</source>
        <translation>Aurait dû écrire</translation>
    </message>
    <message>
        <source>Group holds</source>
        <translation>Contenu du groupe</translation>
    </message>
    <message>
        <source>&amp;Mapping rows:</source>
        <translation>&amp;Lignes de correspondance&#xa0;:</translation>
    </message>
    <message>
        <source>What the selected row means</source>
        <translation>Signification de la ligne sélectionnée</translation>
    </message>
    <message>
        <source>Enter the visitor&apos;s UUID first.</source>
        <translation>Saisissez d&apos;abord l&apos;UUID du visiteur.</translation>
    </message>
    <message>
        <source>Looking up the identity…</source>
        <translation>Recherche de l&apos;identité…</translation>
    </message>
    <message>
        <source>The community has no identity with the UUID “%1”: check the UUID, and that the visitor started a conversation.</source>
        <translation>La communauté n&apos;a aucune identité avec l&apos;UUID «&#xa0;%1&#xa0;»&#xa0;: vérifiez l&apos;UUID, et que le visiteur a bien commencé une conversation.</translation>
    </message>
    <message>
        <source>Identity %1, “%2”.</source>
        <translation>Identité %1, «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Identity group %1: %2 %3; e-mails: %4; mobile phones: %5; home phones: %6.</source>
        <translation>Groupe d&apos;identité %1&#xa0;: %2 %3&#xa0;; e-mails&#xa0;: %4&#xa0;; téléphones mobiles&#xa0;: %5&#xa0;; téléphones fixes&#xa0;: %6.</translation>
    </message>
    <message>
        <source>The identity has no identity group yet, so nothing was written.</source>
        <translation>L&apos;identité n&apos;a pas encore de groupe d&apos;identité, donc rien n&apos;a été écrit.</translation>
    </message>
    <message numerus="yes">
        <source>Mapping rows checked: %n; no problem found.</source>
        <translation>
            <numerusform>Ligne de correspondance vérifiée&#xa0;: %n&#xa0;; aucun problème détecté.</numerusform>
            <numerusform>Lignes de correspondance vérifiées&#xa0;: %n&#xa0;; aucun problème détecté.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mapping rows with a problem: %n; select one to read what to fix.</source>
        <translation>
            <numerusform>Ligne de correspondance posant problème&#xa0;: %n&#xa0;; sélectionnez-la pour savoir quoi corriger.</numerusform>
            <numerusform>Lignes de correspondance posant problème&#xa0;: %n&#xa0;; sélectionnez-en une pour savoir quoi corriger.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
</context>
<context>
    <name>engage::IdentityCommand</name>
    <message>
        <source>Show a visitor&apos;s identity and identity group as Engage holds them, and check what a configuration&apos;s mapping wrote there.</source>
        <translation>Afficher l&apos;identité et le groupe d&apos;identité d&apos;un visiteur tels qu&apos;Engage les détient, et vérifier ce que la correspondance d&apos;une configuration y a écrit.</translation>
    </message>
    <message>
        <source>The visitor&apos;s UUID.</source>
        <translation>L&apos;UUID du visiteur.</translation>
    </message>
    <message>
        <source>Check the mapping of this configuration file against what Engage holds.</source>
        <translation>Comparer la correspondance de ce fichier de configuration à ce que détient Engage.</translation>
    </message>
    <message>
        <source>this command takes no arguments.</source>
        <translation>cette commande ne prend aucun argument.</translation>
    </message>
    <message>
        <source>--uuid UUID is required.</source>
        <translation>--uuid UUID est obligatoire.</translation>
    </message>
    <message>
        <source>Identity %1:</source>
        <translation>Identité %1&#xa0;:</translation>
    </message>
    <message>
        <source>Identity group %1:</source>
        <translation>Groupe d&apos;identité %1&#xa0;:</translation>
    </message>
    <message>
        <source>The identity has no identity group yet: Engage creates one when data is added to the identity.</source>
        <translation>L&apos;identité n&apos;a pas encore de groupe d&apos;identité&#xa0;: Engage en crée un lorsque des données sont ajoutées à l&apos;identité.</translation>
    </message>
    <message>
        <source>%1 has no extra values mapping, so there is nothing to check.</source>
        <translation>%1 n&apos;a pas de correspondance des valeurs supplémentaires, il n&apos;y a donc rien à vérifier.</translation>
    </message>
    <message>
        <source>The mapping, row by row:</source>
        <translation>La correspondance, ligne par ligne&#xa0;:</translation>
    </message>
    <message>
        <source>the community %1 has no identity with the UUID %2; check the UUID the website sets and the community ID.</source>
        <translation>la communauté %1 n&apos;a pas d&apos;identité avec l&apos;UUID %2&#xa0;; vérifiez l&apos;UUID que définit le site web et l&apos;identifiant de la communauté.</translation>
    </message>
    <message>
        <source>the mapping did not write what it should have; see the rows marked ✗.</source>
        <translation>la correspondance n&apos;a pas écrit ce qu&apos;elle aurait dû&#xa0;; voyez les lignes marquées ✗.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>engage::InspectJwtCommand</name>
    <message>
        <source>Decode a JWT without verifying it (no key, no clock): its header and payload, marked UNVERIFIED.</source>
        <translation>Décoder un JWT sans le vérifier (ni clé, ni horloge)&#xa0;: son en-tête et sa charge utile, marqués NON VÉRIFIÉ.</translation>
    </message>
    <message>
        <source>The token, or &quot;-&quot; to read it from standard input.</source>
        <translation>Le jeton, ou «&#xa0;-&#xa0;» pour le lire sur l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>give exactly one token.</source>
        <translation>indiquez exactement un jeton.</translation>
    </message>
    <message>
        <source>UNVERIFIED: this token was decoded without checking its signature or expiry; use verify-jwt to know whether Engage would accept it.</source>
        <translation>NON VÉRIFIÉ&#xa0;: ce jeton a été décodé sans contrôler sa signature ni son expiration&#xa0;; utilisez verify-jwt pour savoir si Engage l&apos;accepterait.</translation>
    </message>
    <message>
        <source>Header:</source>
        <translation>En-tête&#xa0;:</translation>
    </message>
    <message>
        <source>Payload:</source>
        <translation>Charge utile&#xa0;:</translation>
    </message>
    <message>
        <source>the token cannot be decoded: %1</source>
        <translation>le jeton ne peut pas être décodé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>engage::IntegrationKit</name>
    <message>
        <source>the visitor&apos;s persistent ID in your system</source>
        <translation>l&apos;identifiant persistant du visiteur dans votre système</translation>
    </message>
    <message>
        <source>Unix time of signing + %1, in seconds, an integer</source>
        <translation>heure Unix de la signature + %1, en secondes, nombre entier</translation>
    </message>
    <message>
        <source>the value for %1</source>
        <translation>la valeur pour %1</translation>
    </message>
    <message>
        <source>The configuration has no JWT key, so there is no key &quot;%1&quot; to make a kit for; add the key first.</source>
        <translation>La configuration n&apos;a aucune clé JWT, il n&apos;y a donc pas de clé «&#xa0;%1&#xa0;» pour laquelle produire un kit&#xa0;; ajoutez d&apos;abord la clé.</translation>
    </message>
    <message>
        <source>The configuration has no JWT key &quot;%1&quot;; choose one of its keys: %2.</source>
        <translation>La configuration n&apos;a pas de clé JWT «&#xa0;%1&#xa0;»&#xa0;; choisissez l&apos;une de ses clés&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The secret of the JWT key &quot;%1&quot; is not in this file (it was redacted); open the file that holds it, or make the kit without the secret.</source>
        <translation>Le secret de la clé JWT «&#xa0;%1&#xa0;» ne figure pas dans ce fichier (il a été masqué)&#xa0;; ouvrez le fichier qui le contient, ou produisez le kit sans le secret.</translation>
    </message>
    <message>
        <source>The configuration has errors; fix them before handing a kit to the website team.</source>
        <translation>La configuration comporte des erreurs&#xa0;; corrigez-les avant de remettre un kit à l&apos;équipe du site web.</translation>
    </message>
    <message>
        <source>%1, matching %2</source>
        <translation>%1, conforme à %2</translation>
    </message>
    <message>
        <source>optional: %1</source>
        <translation>facultatif&#xa0;: %1</translation>
    </message>
    <message>
        <source>the name the agents see</source>
        <translation>le nom que voient les agents</translation>
    </message>
    <message>
        <source>the address of the visitor&apos;s picture</source>
        <translation>l&apos;adresse de la photo du visiteur</translation>
    </message>
    <message>
        <source>the visitor&apos;s first name</source>
        <translation>le prénom du visiteur</translation>
    </message>
    <message>
        <source>the visitor&apos;s last name</source>
        <translation>le nom de famille du visiteur</translation>
    </message>
    <message>
        <source>the visitor&apos;s company</source>
        <translation>l&apos;entreprise du visiteur</translation>
    </message>
    <message>
        <source>the visitor&apos;s email address</source>
        <translation>l&apos;adresse e-mail du visiteur</translation>
    </message>
</context>
<context>
    <name>engage::IntegrationKitDialog</name>
    <message>
        <source>Include the &amp;secret</source>
        <translation>Inclure le &amp;secret</translation>
    </message>
    <message>
        <source>Anyone who reads the file can then sign identities as your website; it is saved readable by you only.</source>
        <translation>Quiconque lit alors le fichier peut signer des identités au nom de votre site web&#xa0;; il est enregistré lisible par vous seul.</translation>
    </message>
    <message>
        <source>Export Integration Kit</source>
        <translation>Exporter le kit d&apos;intégration</translation>
    </message>
    <message>
        <source>Key of the kit</source>
        <translation>Clé du kit</translation>
    </message>
    <message>
        <source>Format of the kit</source>
        <translation>Format du kit</translation>
    </message>
    <message>
        <source>Web page (HTML), to read or print</source>
        <translation>Page web (HTML), à lire ou à imprimer</translation>
    </message>
    <message>
        <source>Markdown, for a wiki or a ticket</source>
        <translation>Markdown, pour un wiki ou un ticket</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>The kit tells the website team how to sign visitors&apos; identities with one key: header, payload, expiry and code in seven languages.</source>
        <translation>Le kit explique à l&apos;équipe du site web comment signer l&apos;identité des visiteurs avec une clé&#xa0;: en-tête, charge utile, expiration et code en sept langages.</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>C&amp;lé&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <source>The configuration has no JWT key yet: add one on the JWT keys page first.</source>
        <translation>La configuration n&apos;a pas encore de clé JWT&#xa0;: ajoutez-en d&apos;abord une dans la page Clés JWT.</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>Pages web (*.html)</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>Fichiers Markdown (*.md)</translation>
    </message>
</context>
<context>
    <name>engage::JsonParser</name>
    <message>
        <source>the text starts with a byte order mark, which JSON does not allow; save it as UTF-8 without a BOM</source>
        <translation>le texte commence par une marque d&apos;ordre des octets (BOM), que JSON n&apos;autorise pas&#xa0;; enregistrez-le en UTF-8 sans BOM</translation>
    </message>
    <message>
        <source>the text is empty</source>
        <translation>le texte est vide</translation>
    </message>
    <message>
        <source>arrays and objects are nested more than %1 levels deep</source>
        <translation>des tableaux et des objets sont imbriqués sur plus de %1 niveaux</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;}&apos;</source>
        <translation>&apos;,&apos; ou &apos;}&apos;</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;]&apos;</source>
        <translation>&apos;,&apos; ou &apos;]&apos;</translation>
    </message>
    <message>
        <source>a comma before &apos;%1&apos; is not allowed (remove the trailing comma)</source>
        <translation>une virgule avant &apos;%1&apos; n&apos;est pas autorisée (supprimez la virgule finale)</translation>
    </message>
    <message>
        <source>a member name in double quotes</source>
        <translation>un nom de membre entre guillemets doubles</translation>
    </message>
    <message>
        <source>member &quot;%1&quot; appears twice</source>
        <translation>le membre «&#xa0;%1&#xa0;» apparaît deux fois</translation>
    </message>
    <message>
        <source>the text ends in the middle of a string</source>
        <translation>le texte s&apos;arrête au milieu d&apos;une chaîne</translation>
    </message>
    <message>
        <source>the control character %1 must be written as an escape (such as \n or \t) inside a string</source>
        <translation>le caractère de contrôle %1 doit être écrit sous forme d&apos;échappement (comme \n ou \t) dans une chaîne</translation>
    </message>
    <message>
        <source>the escape \u%1 is the second half of a surrogate pair without a first half</source>
        <translation>l&apos;échappement \u%1 est la seconde moitié d&apos;une paire de substitution, sans première moitié</translation>
    </message>
    <message>
        <source>the escape \u%1 is the first half of a surrogate pair and must be followed by a \uDC00 to \uDFFF escape</source>
        <translation>l&apos;échappement \u%1 est la première moitié d&apos;une paire de substitution et doit être suivi d&apos;un échappement de \uDC00 à \uDFFF</translation>
    </message>
    <message>
        <source>a backslash followed by %1</source>
        <translation>une barre oblique inverse suivie de %1</translation>
    </message>
    <message>
        <source>%1 is not a valid escape (use \&quot;, \\, \/, \b, \f, \n, \r, \t or \uXXXX)</source>
        <translation>%1 n&apos;est pas un échappement valide (utilisez \&quot;, \\, \/, \b, \f, \n, \r, \t ou \uXXXX)</translation>
    </message>
    <message>
        <source>\u must be followed by four hexadecimal digits</source>
        <translation>\u doit être suivi de quatre chiffres hexadécimaux</translation>
    </message>
    <message>
        <source>a minus sign must be followed by a digit</source>
        <translation>un signe moins doit être suivi d&apos;un chiffre</translation>
    </message>
    <message>
        <source>a number cannot start with 0 followed by more digits</source>
        <translation>un nombre ne peut pas commencer par 0 suivi d&apos;autres chiffres</translation>
    </message>
    <message>
        <source>a decimal point must be followed by a digit</source>
        <translation>un point décimal doit être suivi d&apos;un chiffre</translation>
    </message>
    <message>
        <source>an exponent must have at least one digit</source>
        <translation>un exposant doit avoir au moins un chiffre</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos; in a number (only decimal numbers are allowed)</source>
        <translation>caractère &apos;%1&apos; inattendu dans un nombre (seuls les nombres décimaux sont autorisés)</translation>
    </message>
    <message>
        <source>the text ends before &quot;%1&quot; is complete</source>
        <translation>le texte s&apos;arrête avant que «&#xa0;%1&#xa0;» soit complet</translation>
    </message>
    <message>
        <source>unexpected %1 after the end of the value (a JSON text holds exactly one value)</source>
        <translation>%1 inattendu après la fin de la valeur (un texte JSON contient exactement une valeur)</translation>
    </message>
    <message>
        <source>the text ends in the middle of an array</source>
        <translation>le texte s&apos;arrête au milieu d&apos;un tableau</translation>
    </message>
    <message>
        <source>the text ends in the middle of an object</source>
        <translation>le texte s&apos;arrête au milieu d&apos;un objet</translation>
    </message>
    <message>
        <source>unexpected %1 (expected %2); JSON does not allow comments</source>
        <translation>%1 inattendu (attendu&#xa0;: %2)&#xa0;; JSON n&apos;autorise pas les commentaires</translation>
    </message>
    <message>
        <source>unexpected %1 (expected %2)</source>
        <translation>%1 inattendu (attendu&#xa0;: %2)</translation>
    </message>
    <message>
        <source>the text contains a NUL byte, which JSON does not allow; the file may be binary or in UTF-16</source>
        <translation>le texte contient un octet NUL, que JSON n&apos;autorise pas&#xa0;; le fichier est peut-être binaire ou en UTF-16</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8 (bytes %1); save it in the UTF-8 encoding</source>
        <translation>le texte n&apos;est pas de l&apos;UTF-8 valide (octets %1)&#xa0;; enregistrez-le dans l&apos;encodage UTF-8</translation>
    </message>
    <message>
        <source>a number cannot start with &apos;+&apos;</source>
        <translation>un nombre ne peut pas commencer par &apos;+&apos;</translation>
    </message>
    <message>
        <source>a number must start with a digit, not with &apos;.&apos;</source>
        <translation>un nombre doit commencer par un chiffre, et non par &apos;.&apos;</translation>
    </message>
    <message>
        <source>unexpected character &quot;&apos;&quot; (strings must be in double quotes)</source>
        <translation>caractère &quot;&apos;&quot; inattendu (les chaînes doivent être entre guillemets doubles)</translation>
    </message>
    <message>
        <source>NaN and Infinity are not allowed in JSON</source>
        <translation>NaN et Infinity ne sont pas autorisés en JSON</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>une valeur</translation>
    </message>
    <message>
        <source>character &apos;%1&apos;</source>
        <translation>caractère &apos;%1&apos;</translation>
    </message>
    <message>
        <source>character %1</source>
        <translation>caractère %1</translation>
    </message>
    <message>
        <source>character &apos;%1&apos; (%2)</source>
        <translation>caractère &apos;%1&apos; (%2)</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: line %2, column %3: %4.</source>
        <translation>%1 n&apos;est pas du JSON valide&#xa0;: ligne %2, colonne %3&#xa0;: %4.</translation>
    </message>
</context>
<context>
    <name>engage::JwtHintEngine</name>
    <message>
        <source>URL encoding</source>
        <translation>un encodage URL</translation>
    </message>
    <message>
        <source>a &quot;Bearer &quot; prefix</source>
        <translation>un préfixe «&#xa0;Bearer&#xa0;» suivi d&apos;une espace</translation>
    </message>
    <message>
        <source>quotes</source>
        <translation>des guillemets</translation>
    </message>
    <message>
        <source>white space or line breaks</source>
        <translation>des espaces ou des sauts de ligne</translation>
    </message>
    <message>
        <source>The token is wrapped in extra characters (%1). Once they are removed it is accepted: pass on the bare token, header.payload.signature, and nothing else.</source>
        <translation>Le jeton est entouré de caractères en trop (%1). Une fois ceux-ci retirés, il est accepté&#xa0;: transmettez le jeton seul, header.payload.signature, et rien d&apos;autre.</translation>
    </message>
    <message>
        <source>The token is wrapped in extra characters (%1). Once they are removed it is still refused (%2): %3 Pass on the bare token, header.payload.signature, and correct that.</source>
        <translation>Le jeton est entouré de caractères en trop (%1). Une fois ceux-ci retirés, il est encore refusé (%2)&#xa0;: %3 Transmettez le jeton seul, header.payload.signature, et corrigez ce point.</translation>
    </message>
    <message>
        <source>The kid &quot;%1&quot; differs from the configured key ID &quot;%2&quot; only in capitals or surrounding white space, and key IDs are compared exactly; set the website&apos;s kid to &quot;%2&quot;.</source>
        <translation>Le kid «&#xa0;%1&#xa0;» ne diffère de l&apos;identifiant de clé configuré «&#xa0;%2&#xa0;» que par des majuscules ou des espaces autour, et les identifiants de clé sont comparés à l&apos;identique&#xa0;; réglez le kid du site web sur «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>The payload has a &quot;kid&quot; member, but the key ID belongs in the header; pass it to the JWT library as a header (for example the keyid option of jsonwebtoken, or headers={&quot;kid&quot;: ...} in PyJWT).</source>
        <translation>La charge utile a un membre «&#xa0;kid&#xa0;», mais l&apos;identifiant de clé a sa place dans l&apos;en-tête&#xa0;; transmettez-le à la bibliothèque JWT comme en-tête (par exemple l&apos;option keyid de jsonwebtoken, ou headers={&quot;kid&quot;: ...} dans PyJWT).</translation>
    </message>
    <message>
        <source>The signature verifies with the key &quot;%1&quot;, not with the key &quot;%2&quot; that the header&apos;s kid names: the website signs with one key and names another. Set the kid to &quot;%1&quot;, or sign with the key &quot;%2&quot;.</source>
        <translation>La signature se vérifie avec la clé «&#xa0;%1&#xa0;», et non avec la clé «&#xa0;%2&#xa0;» que nomme le kid de l&apos;en-tête&#xa0;: le site web signe avec une clé et en nomme une autre. Réglez le kid sur «&#xa0;%1&#xa0;», ou signez avec la clé «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>The token is signed with the 12 bytes that the secret of the key &quot;%1&quot; gives when hex-decoded. The HMAC key is the secret&apos;s own 24 characters: pass the secret to the JWT library as text, without decoding it.</source>
        <translation>Le jeton est signé avec les 12 octets que donne le secret de la clé «&#xa0;%1&#xa0;» une fois décodé de l&apos;hexadécimal. La clé HMAC est formée des 24 caractères du secret eux-mêmes&#xa0;: transmettez le secret à la bibliothèque JWT sous forme de texte, sans le décoder.</translation>
    </message>
    <message>
        <source>The token is signed with the bytes that the secret of the key &quot;%1&quot; gives when base64-decoded. The HMAC key is the secret&apos;s own 24 characters: pass the secret to the JWT library as text, without decoding it.</source>
        <translation>Le jeton est signé avec les octets que donne le secret de la clé «&#xa0;%1&#xa0;» une fois décodé du base64. La clé HMAC est formée des 24 caractères du secret eux-mêmes&#xa0;: transmettez le secret à la bibliothèque JWT sous forme de texte, sans le décoder.</translation>
    </message>
    <message>
        <source>The token is signed with the secret of the key &quot;%1&quot; followed by a line break, as read from a file or an environment variable. Remove the line break: the HMAC key is the secret&apos;s 24 characters exactly.</source>
        <translation>Le jeton est signé avec le secret de la clé «&#xa0;%1&#xa0;» suivi d&apos;un saut de ligne, tel qu&apos;on le lit dans un fichier ou une variable d&apos;environnement. Retirez le saut de ligne&#xa0;: la clé HMAC est formée exactement des 24 caractères du secret.</translation>
    </message>
    <message>
        <source>The token is signed with the secret of the key &quot;%1&quot; in capitals. Use it in lower case: the HMAC key is the secret&apos;s 24 characters exactly.</source>
        <translation>Le jeton est signé avec le secret de la clé «&#xa0;%1&#xa0;» en majuscules. Utilisez-le en minuscules&#xa0;: la clé HMAC est formée exactement des 24 caractères du secret.</translation>
    </message>
    <message>
        <source>The token is signed with the secret of the key &quot;%1&quot; with white space around it. Remove the white space: the HMAC key is the secret&apos;s 24 characters exactly.</source>
        <translation>Le jeton est signé avec le secret de la clé «&#xa0;%1&#xa0;» entouré d&apos;espaces. Retirez les espaces&#xa0;: la clé HMAC est formée exactement des 24 caractères du secret.</translation>
    </message>
    <message>
        <source>Tokens must expire at least 3600 seconds after they are checked (%1 seconds is recommended), and the website must renew them before they expire, or the chat asks the visitor to reload the page.</source>
        <translation>Les jetons doivent expirer au moins 3600 secondes après leur vérification (%1 secondes sont recommandées), et le site web doit les renouveler avant leur expiration, faute de quoi le chat demande au visiteur de recharger la page.</translation>
    </message>
    <message>
        <source>The token was made to live %1 seconds, from its &quot;iat&quot; to its &quot;exp&quot;.</source>
        <translation>Le jeton a été créé pour vivre %1 secondes, de son «&#xa0;iat&#xa0;» à son «&#xa0;exp&#xa0;».</translation>
    </message>
    <message>
        <source>The token had %1 seconds left when it was checked.</source>
        <translation>Il restait %1 secondes au jeton lorsqu&apos;il a été vérifié.</translation>
    </message>
    <message>
        <source>The token had expired %1 seconds before it was checked.</source>
        <translation>Le jeton avait expiré %1 secondes avant d&apos;être vérifié.</translation>
    </message>
    <message>
        <source>The token&apos;s &quot;iat&quot; is %1 seconds after the time it was checked: the website&apos;s clock is probably ahead. Synchronise the server&apos;s clock (NTP), so that its tokens do not expire early.</source>
        <translation>Le «&#xa0;iat&#xa0;» du jeton est postérieur de %1 secondes au moment de sa vérification&#xa0;: l&apos;horloge du site web est probablement en avance. Synchronisez l&apos;horloge du serveur (NTP), afin que ses jetons n&apos;expirent pas trop tôt.</translation>
    </message>
    <message>
        <source>The &quot;uuid&quot; is the number %1; send it as a JSON string, &quot;%1&quot;, as Engage identifies visitors by text.</source>
        <translation>Le «&#xa0;uuid&#xa0;» est le nombre %1&#xa0;; envoyez-le sous forme de chaîne JSON, &quot;%1&quot;, car Engage identifie les visiteurs par du texte.</translation>
    </message>
    <message>
        <source>The &quot;uuid&quot; is not a string; send the visitor&apos;s ID as a JSON string.</source>
        <translation>Le «&#xa0;uuid&#xa0;» n&apos;est pas une chaîne&#xa0;; envoyez l&apos;identifiant du visiteur sous forme de chaîne JSON.</translation>
    </message>
    <message>
        <source>The extra value &quot;%1&quot; is mapped by no row, but it is close to the mapping key &quot;%2&quot;, which is absent: probably a typo, so the field %3 stays empty. Rename the website&apos;s key to &quot;%2&quot;, or the mapping row&apos;s key to &quot;%1&quot;.</source>
        <translation>La valeur supplémentaire «&#xa0;%1&#xa0;» n&apos;est mise en correspondance par aucune ligne, mais elle ressemble à la clé de correspondance «&#xa0;%2&#xa0;», qui est absente&#xa0;: c&apos;est probablement une faute de frappe, si bien que le champ %3 reste vide. Renommez la clé du site web en «&#xa0;%2&#xa0;», ou la clé de la ligne de correspondance en «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The value &quot;%1&quot; mapped to %2 does not match the field&apos;s regex %3, so Engage will not store it. Send a value that matches, or correct the mapping or the regex.</source>
        <translation>La valeur «&#xa0;%1&#xa0;» mise en correspondance avec %2 ne respecte pas l&apos;expression régulière du champ, %3&#xa0;: Engage ne l&apos;enregistrera donc pas. Envoyez une valeur conforme, ou corrigez la correspondance ou l&apos;expression régulière.</translation>
    </message>
    <message>
        <source>The &quot;exp&quot; %1 is after the year 5138: it looks like milliseconds. Unix time is in seconds, a whole number: divide it by 1000 and round it down (in JavaScript, Math.floor(Date.now() / 1000) + 7200).</source>
        <translation>Le «&#xa0;exp&#xa0;» %1 est postérieur à l&apos;an 5138&#xa0;: il semble exprimé en millisecondes. L&apos;heure Unix s&apos;exprime en secondes, par un nombre entier&#xa0;: divisez-le par 1000 et arrondissez à l&apos;entier inférieur (en JavaScript, Math.floor(Date.now() / 1000) + 7200).</translation>
    </message>
    <message>
        <source>The token&apos;s &quot;exp&quot; is %1 seconds before its &quot;iat&quot;: the website sets &quot;exp&quot; to a time before the token is made.</source>
        <translation>Le «&#xa0;exp&#xa0;» du jeton précède de %1 secondes son «&#xa0;iat&#xa0;»&#xa0;: le site web fixe «&#xa0;exp&#xa0;» à un instant antérieur à la création du jeton.</translation>
    </message>
    <message>
        <source>The extra value &quot;%1&quot; is mapped by no row, but it is close to &quot;uuid&quot;, which the identity lacks: the visitor&apos;s ID belongs in the identity&apos;s own &quot;uuid&quot; member, beside &quot;extra_values&quot; rather than inside it, and that member fills the field %2.</source>
        <translation>La valeur supplémentaire «&#xa0;%1&#xa0;» n&apos;est mise en correspondance par aucune ligne, mais elle ressemble à «&#xa0;uuid&#xa0;», qui manque à l&apos;identité&#xa0;: l&apos;identifiant du visiteur va dans le membre «&#xa0;uuid&#xa0;» de l&apos;identité elle-même, à côté de «&#xa0;extra_values&#xa0;» et non à l&apos;intérieur, et c&apos;est ce membre qui remplit le champ %2.</translation>
    </message>
</context>
<context>
    <name>engage::JwtKeyEditor</name>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Générer</translation>
    </message>
    <message>
        <source>Import p&amp;ublic key…</source>
        <translation>Im&amp;porter une clé publique…</translation>
    </message>
    <message>
        <source>Key ID</source>
        <translation>Identifiant de clé</translation>
    </message>
    <message>
        <source>Lowercase letters, digits and underscores; the website sends it as the token&apos;s &quot;kid&quot;.</source>
        <translation>Lettres minuscules, chiffres et traits de soulignement&#xa0;; le site web l&apos;envoie comme «&#xa0;kid&#xa0;» du jeton.</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algorithme</translation>
    </message>
    <message>
        <source>HS256 (shared secret)</source>
        <translation>HS256 (secret partagé)</translation>
    </message>
    <message>
        <source>RS256 (RSA public key)</source>
        <translation>RS256 (clé publique RSA)</translation>
    </message>
    <message>
        <source>Shared secret</source>
        <translation>Secret partagé</translation>
    </message>
    <message>
        <source>24 characters of 0-9 and a-f, shared with the website.</source>
        <translation>24 caractères parmi 0-9 et a-f, partagés avec le site web.</translation>
    </message>
    <message>
        <source>Replace the secret with 24 random hexadecimal characters.</source>
        <translation>Remplacer le secret par 24 caractères hexadécimaux aléatoires.</translation>
    </message>
    <message>
        <source>RSA public key (PEM)</source>
        <translation>Clé publique RSA (PEM)</translation>
    </message>
    <message>
        <source>Se&amp;cret:</source>
        <translation>Sec&amp;ret&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Public key:</source>
        <translation>Clé pu&amp;blique&#xa0;:</translation>
    </message>
    <message>
        <source>Ke&amp;y ID:</source>
        <translation>Iden&amp;tifiant de clé&#xa0;:</translation>
    </message>
    <message>
        <source>A&amp;lgorithm:</source>
        <translation>Algorit&amp;hme&#xa0;:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>A new secret was generated. Give it to the website&apos;s integrators before they need it.</source>
        <translation>Un nouveau secret a été généré. Transmettez-le aux intégrateurs du site web avant qu&apos;ils en aient besoin.</translation>
    </message>
    <message>
        <source>Public key imported: %1.</source>
        <translation>Clé publique importée&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Hand the new secret to the website&apos;s integrators by another channel than the one its tokens travel through, never by e-mail in clear; the website keeps it on its server, never in a page.</source>
        <translation>Transmettez le nouveau secret aux intégrateurs du site web par un autre canal que celui qu&apos;empruntent ses jetons, jamais par e-mail en clair&#xa0;; le site web le conserve sur son serveur, jamais dans une page.</translation>
    </message>
    <message>
        <source>Copy the Key ID</source>
        <translation>Copier l&apos;identifiant de clé</translation>
    </message>
    <message>
        <source>Key ID copied.</source>
        <translation>Identifiant de clé copié.</translation>
    </message>
    <message>
        <source>Copy the Fingerprint</source>
        <translation>Copier l&apos;empreinte</translation>
    </message>
    <message>
        <source>Fingerprint copied.</source>
        <translation>Empreinte copiée.</translation>
    </message>
    <message>
        <source>Secret copied; the clipboard is cleared in %1 s.</source>
        <translation>Secret copié&#xa0;; le presse-papiers sera vidé dans %1&#xa0;s.</translation>
    </message>
</context>
<context>
    <name>engage::JwtKeyListModel</name>
    <message>
        <source>(no ID)</source>
        <translation>(sans identifiant)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
</context>
<context>
    <name>engage::JwtKeyTableModel</name>
    <message>
        <source>secret set</source>
        <translation>secret défini</translation>
    </message>
    <message>
        <source>no secret</source>
        <translation>aucun secret</translation>
    </message>
    <message>
        <source>no public key</source>
        <translation>aucune clé publique</translation>
    </message>
    <message>
        <source>%1-bit</source>
        <translation>%1&#xa0;bits</translation>
    </message>
    <message>
        <source>not a usable public key</source>
        <translation>clé publique inutilisable</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algorithme</translation>
    </message>
    <message>
        <source>Size or secret</source>
        <translation>Taille ou secret</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
</context>
<context>
    <name>engage::JwtKeysPage</name>
    <message>
        <source>JWT keys</source>
        <translation>Clés JWT</translation>
    </message>
    <message>
        <source>&amp;Add key</source>
        <translation>A&amp;jouter une clé</translation>
    </message>
    <message>
        <source>Re&amp;move key</source>
        <translation>S&amp;upprimer la clé</translation>
    </message>
    <message>
        <source>HS256 key (shared secret)</source>
        <translation>Clé HS256 (secret partagé)</translation>
    </message>
    <message>
        <source>RS256 key (RSA public key)</source>
        <translation>Clé RS256 (clé publique RSA)</translation>
    </message>
    <message>
        <source>No JWT key yet. Add an HS256 key to share a secret with the website, or an RS256 key to check tokens signed with the website&apos;s RSA private key.</source>
        <translation>Aucune clé JWT pour l&apos;instant. Ajoutez une clé HS256 pour partager un secret avec le site web, ou une clé RS256 pour vérifier les jetons signés avec la clé privée RSA du site web.</translation>
    </message>
    <message>
        <source>With several keys, a key can be rotated without a coordinated release: add the new key, move the website to it, then remove the old one.</source>
        <translation>Avec plusieurs clés, une clé peut être renouvelée sans déploiement coordonné&#xa0;: ajoutez la nouvelle clé, faites-la adopter par le site web, puis supprimez l&apos;ancienne.</translation>
    </message>
    <message>
        <source>Selected key</source>
        <translation>Clé sélectionnée</translation>
    </message>
    <message>
        <source>R&amp;otate…</source>
        <translation>Renou&amp;veler…</translation>
    </message>
    <message>
        <source>Rotate the selected key</source>
        <translation>Renouveler la clé sélectionnée</translation>
    </message>
    <message>
        <source>Add a new key beside the selected one, keep the old key, and see what to hand to the website and when to remove the old key.</source>
        <translation>Ajouter une nouvelle clé à côté de la clé sélectionnée, conserver l&apos;ancienne, et voir quoi remettre au site web et quand supprimer l&apos;ancienne clé.</translation>
    </message>
    <message>
        <source>Filter the JWT keys</source>
        <translation>Filtrer les clés JWT</translation>
    </message>
</context>
<context>
    <name>engage::JwtSigner</name>
    <message>
        <source>No configured JWT key has the ID &quot;%1&quot;.</source>
        <translation>Aucune clé JWT configurée n&apos;a l&apos;identifiant «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Several configured keys have the ID &quot;%1&quot;; key IDs must be unique.</source>
        <translation>Plusieurs clés configurées ont l&apos;identifiant «&#xa0;%1&#xa0;»&#xa0;; les identifiants de clé doivent être uniques.</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; is not valid: %2</source>
        <translation>La clé «&#xa0;%1&#xa0;» n&apos;est pas valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>The payload must be a JSON object.</source>
        <translation>La charge utile doit être un objet JSON.</translation>
    </message>
    <message>
        <source>The expiry time (now plus the time to live) is out of range.</source>
        <translation>L&apos;heure d&apos;expiration (maintenant plus la durée de vie) est hors limites.</translation>
    </message>
    <message>
        <source>The HMAC signature could not be computed.</source>
        <translation>Impossible de calculer la signature HMAC.</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; is an RS256 key: signing needs its private key (a PEM file).</source>
        <translation>La clé «&#xa0;%1&#xa0;» est une clé RS256&#xa0;: la signature nécessite sa clé privée (un fichier PEM).</translation>
    </message>
    <message>
        <source>The private key file holds no private key; give the PEM private key (BEGIN PRIVATE KEY or BEGIN RSA PRIVATE KEY) of the key &quot;%1&quot;.</source>
        <translation>Le fichier de clé privée ne contient aucune clé privée&#xa0;; fournissez la clé privée PEM (BEGIN PRIVATE KEY ou BEGIN RSA PRIVATE KEY) de la clé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The private key is encrypted with a passphrase, and this program never asks for one. Decrypt a copy with &quot;openssl pkey -in key.pem -out plain.pem&quot; and keep it safe.</source>
        <translation>La clé privée est chiffrée par une phrase secrète, et ce programme n&apos;en demande jamais. Déchiffrez-en une copie avec «&#xa0;openssl pkey -in key.pem -out plain.pem&#xa0;» et conservez-la en lieu sûr.</translation>
    </message>
    <message>
        <source>The private key cannot be read; give it as PEM (BEGIN PRIVATE KEY or BEGIN RSA PRIVATE KEY).</source>
        <translation>Impossible de lire la clé privée&#xa0;; fournissez-la au format PEM (BEGIN PRIVATE KEY ou BEGIN RSA PRIVATE KEY).</translation>
    </message>
    <message>
        <source>The private key is not an RSA key; RS256 needs RSA.</source>
        <translation>La clé privée n&apos;est pas une clé RSA&#xa0;; RS256 nécessite RSA.</translation>
    </message>
    <message>
        <source>The private key does not match the public key configured for &quot;%1&quot;: tokens signed with it would be refused.</source>
        <translation>La clé privée ne correspond pas à la clé publique configurée pour «&#xa0;%1&#xa0;»&#xa0;: les jetons signés avec elle seraient refusés.</translation>
    </message>
    <message>
        <source>The RSA signature could not be computed.</source>
        <translation>Impossible de calculer la signature RSA.</translation>
    </message>
    <message>
        <source>%1 is larger than 1 MiB; it is not a key.</source>
        <translation>%1 dépasse 1 Mio&#xa0;; ce n&apos;est pas une clé.</translation>
    </message>
</context>
<context>
    <name>engage::JwtVerifier</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>un booléen</translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation>le nombre %1</translation>
    </message>
    <message>
        <source>the string &quot;%1&quot;</source>
        <translation>la chaîne «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>Unix time %1</source>
        <translation>temps Unix %1</translation>
    </message>
    <message>
        <source>The signed identities setting &quot;%1&quot; is not valid, so no identity is accepted; choose accept, reject or require.</source>
        <translation>Le réglage des identités signées «&#xa0;%1&#xa0;» n&apos;est pas valide&#xa0;: aucune identité n&apos;est donc acceptée&#xa0;; choisissez accept, reject ou require.</translation>
    </message>
    <message>
        <source>The community is in reject mode: it takes only non-signed identities, so every signed identity (JWT) is refused.</source>
        <translation>La communauté est en mode reject&#xa0;: elle n&apos;admet que les identités non signées, si bien que toute identité signée (JWT) est refusée.</translation>
    </message>
    <message>
        <source>The community is in require mode: only JWT-signed identities are accepted, and this identity is not signed.</source>
        <translation>La communauté est en mode require&#xa0;: seules les identités signées par JWT sont acceptées, et cette identité n&apos;est pas signée.</translation>
    </message>
    <message>
        <source>The token is longer than %1 bytes (64 KiB); tokens that long are refused without being read.</source>
        <translation>Le jeton dépasse %1 octets (64 Kio)&#xa0;; les jetons aussi longs sont refusés sans être lus.</translation>
    </message>
    <message>
        <source>The identity is not valid JSON (%1), so it has no &quot;uuid&quot; that can be read.</source>
        <translation>L&apos;identité n&apos;est pas du JSON valide (%1)&#xa0;: aucun «&#xa0;uuid&#xa0;» ne peut y être lu.</translation>
    </message>
    <message>
        <source>A token is three base64url segments separated by dots (header.payload.signature); this one has %1.</source>
        <translation>Un jeton est formé de trois segments base64url séparés par des points (header.payload.signature)&#xa0;; celui-ci en compte %1.</translation>
    </message>
    <message>
        <source>header</source>
        <translation>l&apos;en-tête</translation>
    </message>
    <message>
        <source>payload</source>
        <translation>la charge utile</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>la signature</translation>
    </message>
    <message>
        <source>identity</source>
        <translation>l&apos;identité</translation>
    </message>
    <message>
        <source>The %1 segment is not valid base64url: only letters, digits, &apos;-&apos; and &apos;_&apos; may appear, without &apos;=&apos; padding.</source>
        <translation>Le segment de %1 n&apos;est pas du base64url valide&#xa0;: seuls les lettres, les chiffres, «&#xa0;-&#xa0;» et «&#xa0;_&#xa0;» sont admis, sans remplissage «&#xa0;=&#xa0;».</translation>
    </message>
    <message>
        <source>The %1 is %2, not a JSON object.</source>
        <translation>Le contenu de %1 est %2, et non un objet JSON.</translation>
    </message>
    <message>
        <source>The header has a &quot;crit&quot; member: it lists extensions that must be understood, and none is, so the token is refused.</source>
        <translation>L&apos;en-tête contient un membre «&#xa0;crit&#xa0;»&#xa0;: il énumère des extensions qui doivent être comprises, or aucune ne l&apos;est&#xa0;; le jeton est donc refusé.</translation>
    </message>
    <message>
        <source>The header has no &quot;alg&quot; member; tokens must be signed with HS256 or RS256.</source>
        <translation>L&apos;en-tête n&apos;a pas de membre «&#xa0;alg&#xa0;»&#xa0;; les jetons doivent être signés avec HS256 ou RS256.</translation>
    </message>
    <message>
        <source>The algorithm is &quot;none&quot;: the token is not signed. Tokens must be signed with HS256 or RS256.</source>
        <translation>L&apos;algorithme est «&#xa0;none&#xa0;»&#xa0;: le jeton n&apos;est pas signé. Les jetons doivent être signés avec HS256 ou RS256.</translation>
    </message>
    <message>
        <source>The algorithm &quot;alg&quot; is %1; tokens must be signed with HS256 or RS256.</source>
        <translation>L&apos;algorithme «&#xa0;alg&#xa0;» est %1&#xa0;; les jetons doivent être signés avec HS256 ou RS256.</translation>
    </message>
    <message>
        <source>The header&apos;s &quot;typ&quot; is %1; it must be exactly &quot;JWT&quot;.</source>
        <translation>Le «&#xa0;typ&#xa0;» de l&apos;en-tête est %1&#xa0;; il doit valoir exactement «&#xa0;JWT&#xa0;».</translation>
    </message>
    <message>
        <source>The header has no &quot;typ&quot; member; it must be &quot;JWT&quot;.</source>
        <translation>L&apos;en-tête n&apos;a pas de membre «&#xa0;typ&#xa0;»&#xa0;; il doit valoir «&#xa0;JWT&#xa0;».</translation>
    </message>
    <message>
        <source>The header&apos;s &quot;kid&quot; is %1, not a string naming a configured key.</source>
        <translation>Le «&#xa0;kid&#xa0;» de l&apos;en-tête est %1, et non une chaîne désignant une clé configurée.</translation>
    </message>
    <message>
        <source>The header has no &quot;kid&quot; member naming the configured key the token is signed with.</source>
        <translation>L&apos;en-tête n&apos;a pas de membre «&#xa0;kid&#xa0;» désignant la clé configurée avec laquelle le jeton est signé.</translation>
    </message>
    <message>
        <source>No configured JWT key has the ID &quot;%1&quot;; add the key to the configuration or correct the website&apos;s kid.</source>
        <translation>Aucune clé JWT configurée n&apos;a l&apos;identifiant «&#xa0;%1&#xa0;»&#xa0;; ajoutez la clé à la configuration ou corrigez le kid du site web.</translation>
    </message>
    <message>
        <source>The token is signed with %1, but the key &quot;%2&quot; is configured for %3.</source>
        <translation>Le jeton est signé avec %1, mais la clé «&#xa0;%2&#xa0;» est configurée pour %3.</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; has no valid algorithm in the configuration, so no token can be verified with it.</source>
        <translation>La clé «&#xa0;%1&#xa0;» n&apos;a pas d&apos;algorithme valide dans la configuration&#xa0;: aucun jeton ne peut donc être vérifié avec elle.</translation>
    </message>
    <message>
        <source>The signature does not match the key &quot;%1&quot;: the token was altered, or signed with another key or secret.</source>
        <translation>La signature ne correspond pas à la clé «&#xa0;%1&#xa0;»&#xa0;: le jeton a été modifié, ou signé avec une autre clé ou un autre secret.</translation>
    </message>
    <message>
        <source>The payload has no &quot;exp&quot; member; tokens must say when they expire, at least one hour in the future.</source>
        <translation>La charge utile n&apos;a pas de membre «&#xa0;exp&#xa0;»&#xa0;; les jetons doivent indiquer quand ils expirent, au moins une heure dans le futur.</translation>
    </message>
    <message>
        <source>The payload&apos;s &quot;exp&quot; is %1; it must be an integer number of seconds since 1970-01-01 UTC (Unix time).</source>
        <translation>Le «&#xa0;exp&#xa0;» de la charge utile est %1&#xa0;; ce doit être un nombre entier de secondes depuis le 1970-01-01 UTC (temps Unix).</translation>
    </message>
    <message>
        <source>The token expired at %1, and it is now %2; Engage requires tokens to expire at least one hour from now.</source>
        <translation>Le jeton a expiré le %1, et nous sommes le %2&#xa0;; Engage exige que les jetons expirent au moins une heure après l&apos;instant présent.</translation>
    </message>
    <message>
        <source>The token expires at %1, which is less than one hour from now (%2); Engage requires at least one hour.</source>
        <translation>Le jeton expire le %1, soit moins d&apos;une heure à partir de maintenant (%2)&#xa0;; Engage exige au moins une heure.</translation>
    </message>
    <message>
        <source>The identity is %1, not a JSON object with a &quot;uuid&quot;.</source>
        <translation>L&apos;identité est %1, et non un objet JSON doté d&apos;un «&#xa0;uuid&#xa0;».</translation>
    </message>
    <message>
        <source>The %1 has no &quot;uuid&quot; member identifying the visitor.</source>
        <translation>Le membre «&#xa0;uuid&#xa0;» identifiant le visiteur est absent de %1.</translation>
    </message>
    <message>
        <source>The %1&apos;s &quot;uuid&quot; is %2; it must be a string identifying the visitor.</source>
        <translation>Le «&#xa0;uuid&#xa0;» de %1 est %2&#xa0;; ce doit être une chaîne identifiant le visiteur.</translation>
    </message>
    <message>
        <source>The %1&apos;s &quot;uuid&quot; is empty; it must identify the visitor.</source>
        <translation>Le «&#xa0;uuid&#xa0;» de %1 est vide&#xa0;; il doit identifier le visiteur.</translation>
    </message>
    <message>
        <source>Several keys have this ID.</source>
        <translation>Plusieurs clés ont cet identifiant.</translation>
    </message>
    <message>
        <source>Its public key cannot be read.</source>
        <translation>Impossible de lire sa clé publique.</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; is unusable, so no signature can be verified with it; correct the key first. %2</source>
        <translation>La clé «&#xa0;%1&#xa0;» est inutilisable&#xa0;: aucune signature ne peut donc être vérifiée avec elle&#xa0;; corrigez d&apos;abord la clé. %2</translation>
    </message>
    <message>
        <source>The header</source>
        <translation>L&apos;en-tête</translation>
    </message>
    <message>
        <source>The payload</source>
        <translation>La charge utile</translation>
    </message>
    <message>
        <source>The signature</source>
        <translation>La signature</translation>
    </message>
    <message>
        <source>The identity</source>
        <translation>L&apos;identité</translation>
    </message>
</context>
<context>
    <name>engage::JwtWorkbench</name>
    <message>
        <source>Token to verify</source>
        <translation>Jeton à vérifier</translation>
    </message>
    <message>
        <source>Decoded header</source>
        <translation>En-tête décodé</translation>
    </message>
    <message>
        <source>The token&apos;s header appears here once it decodes.</source>
        <translation>L&apos;en-tête du jeton s&apos;affiche ici une fois décodé.</translation>
    </message>
    <message>
        <source>Decoded payload</source>
        <translation>Charge utile décodée</translation>
    </message>
    <message>
        <source>The token&apos;s payload appears here once it decodes.</source>
        <translation>La charge utile du jeton s&apos;affiche ici une fois décodée.</translation>
    </message>
    <message>
        <source>Payload to sign</source>
        <translation>Charge utile à signer</translation>
    </message>
    <message>
        <source>Private key &amp;file…</source>
        <translation>&amp;Fichier de clé privée…</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>&amp;Signer</translation>
    </message>
    <message>
        <source>&amp;Verify this token</source>
        <translation>&amp;Vérifier ce jeton</translation>
    </message>
    <message>
        <source>JWT Workbench</source>
        <translation>Atelier JWT</translation>
    </message>
    <message>
        <source>Paste a signed identity (a JWT: header.payload.signature) to see whether Engage would accept it.</source>
        <translation>Collez une identité signée (un JWT&#xa0;: header.payload.signature) pour savoir si Engage l&apos;accepterait.</translation>
    </message>
    <message>
        <source>Mapped fields</source>
        <translation>Champs mis en correspondance</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Name in the file</source>
        <translation>Nom dans le fichier</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Key to sign with</source>
        <translation>Clé de signature</translation>
    </message>
    <message>
        <source>Lifetime in seconds</source>
        <translation>Durée de vie en secondes</translation>
    </message>
    <message>
        <source>Used when the payload has no &quot;exp&quot; of its own. Engage refuses tokens that expire less than an hour after they are checked, so the lifetime is at least an hour.</source>
        <translation>Utilisée lorsque la charge utile n&apos;a pas son propre «&#xa0;exp&#xa0;». Engage refuse les jetons qui expirent moins d&apos;une heure après leur vérification&#xa0;: la durée de vie est donc d&apos;au moins une heure.</translation>
    </message>
    <message>
        <source>Choose the private key file</source>
        <translation>Choisir le fichier de clé privée</translation>
    </message>
    <message>
        <source>Sign a test token</source>
        <translation>Signer un jeton de test</translation>
    </message>
    <message>
        <source>Signed token</source>
        <translation>Jeton signé</translation>
    </message>
    <message>
        <source>The signed token appears here.</source>
        <translation>Le jeton signé s&apos;affiche ici.</translation>
    </message>
    <message>
        <source>Verify the signed token</source>
        <translation>Vérifier le jeton signé</translation>
    </message>
    <message>
        <source>Verify a token</source>
        <translation>Vérifier un jeton</translation>
    </message>
    <message>
        <source>&amp;Header, as decoded:</source>
        <translation>&amp;En-tête décodé&#xa0;:</translation>
    </message>
    <message>
        <source>Pa&amp;yload, as decoded:</source>
        <translation>&amp;Charge utile décodée&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Jeton&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Mapped fields (accepted tokens only):</source>
        <translation>Champs &amp;mis en correspondance (jetons acceptés uniquement)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>C&amp;lé&#xa0;:</translation>
    </message>
    <message>
        <source>Payload to si&amp;gn:</source>
        <translation>Charge utile à si&amp;gner&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Lifetime in seconds:</source>
        <translation>&amp;Durée de vie en secondes&#xa0;:</translation>
    </message>
    <message>
        <source>Signed t&amp;oken:</source>
        <translation>Jet&amp;on signé&#xa0;:</translation>
    </message>
    <message>
        <source>Paste a token above to see whether Engage would accept it.</source>
        <translation>Collez un jeton ci-dessus pour savoir si Engage l&apos;accepterait.</translation>
    </message>
    <message>
        <source>Accepted: Engage would take this token as the visitor&apos;s signed identity.</source>
        <translation>Accepté&#xa0;: Engage prendrait ce jeton comme identité signée du visiteur.</translation>
    </message>
    <message>
        <source>Refused: %1 — %2</source>
        <translation>Refusé&#xa0;: %1 — %2</translation>
    </message>
    <message>
        <source>Add a JWT key to the configuration to sign test tokens.</source>
        <translation>Ajoutez une clé JWT à la configuration pour signer des jetons de test.</translation>
    </message>
    <message>
        <source>Tokens are signed with the secret configured for this key.</source>
        <translation>Les jetons sont signés avec le secret configuré pour cette clé.</translation>
    </message>
    <message>
        <source>An RS256 key signs with its private key: choose the PEM file that matches the configured public key.</source>
        <translation>Une clé RS256 signe avec sa clé privée&#xa0;: choisissez le fichier PEM qui correspond à la clé publique configurée.</translation>
    </message>
    <message>
        <source>The private key is read from %1 when you sign, and is not kept.</source>
        <translation>La clé privée est lue depuis %1 au moment de signer, et n&apos;est pas conservée.</translation>
    </message>
    <message>
        <source>Choose the Private Key</source>
        <translation>Choisir la clé privée</translation>
    </message>
    <message>
        <source>PEM private keys (*.pem *.key);;All files (*)</source>
        <translation>Clés privées PEM (*.pem *.key);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Probable cause and what to change</source>
        <translation>Cause probable et ce qu&apos;il faut changer</translation>
    </message>
    <message>
        <source>Probable cause, and what to change:</source>
        <translation>Cause probable, et ce qu&apos;il faut changer&#xa0;:</translation>
    </message>
    <message>
        <source>Co&amp;py</source>
        <translation>Co&amp;pier</translation>
    </message>
    <message>
        <source>Token times</source>
        <translation>Dates du jeton</translation>
    </message>
    <message>
        <source>Copy the signed token</source>
        <translation>Copier le jeton signé</translation>
    </message>
</context>
<context>
    <name>engage::KeyRotationDialog</name>
    <message>
        <source>Rotate the Key &quot;%1&quot;</source>
        <translation>Renouveler la clé «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Step 1 of 3: the new key. It is added beside &quot;%1&quot;, which stays, so that the tokens the website still signs with &quot;%1&quot; are accepted while it moves to the new key.</source>
        <translation>Étape 1 sur 3&#xa0;: la nouvelle clé. Elle est ajoutée à côté de «&#xa0;%1&#xa0;», qui reste en place, afin que les jetons que le site web signe encore avec «&#xa0;%1&#xa0;» soient acceptés pendant qu&apos;il passe à la nouvelle clé.</translation>
    </message>
    <message>
        <source>New key ID</source>
        <translation>Identifiant de la nouvelle clé</translation>
    </message>
    <message>
        <source>Lowercase letters, digits and underscores; the website sends it as the token&apos;s &quot;kid&quot;.</source>
        <translation>Lettres minuscules, chiffres et traits de soulignement&#xa0;; le site web l&apos;envoie comme «&#xa0;kid&#xa0;» du jeton.</translation>
    </message>
    <message>
        <source>New key I&amp;D:</source>
        <translation>I&amp;dentifiant de la nouvelle clé&#xa0;:</translation>
    </message>
    <message>
        <source>New RSA public key (PEM)</source>
        <translation>Nouvelle clé publique RSA (PEM)</translation>
    </message>
    <message>
        <source>&amp;Import public key…</source>
        <translation>&amp;Importer une clé publique…</translation>
    </message>
    <message>
        <source>New &amp;public key:</source>
        <translation>Nouvelle clé &amp;publique&#xa0;:</translation>
    </message>
    <message>
        <source>Paste the website&apos;s new RSA public key, or import it from a file. Its private key stays with the website and is never entered here.</source>
        <translation>Collez la nouvelle clé publique RSA du site web, ou importez-la depuis un fichier. Sa clé privée reste chez le site web et n&apos;est jamais saisie ici.</translation>
    </message>
    <message>
        <source>A new secret of 24 random hexadecimal characters is generated for the new key. Once the key is added, the key editor shows it, to give to the website&apos;s integrators.</source>
        <translation>Un nouveau secret de 24 caractères hexadécimaux aléatoires est généré pour la nouvelle clé. Une fois la clé ajoutée, l&apos;éditeur de clé l&apos;affiche, pour que vous le transmettiez aux intégrateurs du site web.</translation>
    </message>
    <message>
        <source>&amp;Add the New Key</source>
        <translation>&amp;Ajouter la nouvelle clé</translation>
    </message>
    <message>
        <source>Step 2 of 3: give the website team the integration kit of the new key: the token&apos;s header and payload, the expiry rule and the signing code they need. Until they deploy it, the website keeps signing with the old key, which is still accepted.</source>
        <translation>Étape 2 sur 3&#xa0;: remettez à l&apos;équipe du site web le kit d&apos;intégration de la nouvelle clé, avec l&apos;en-tête et la charge utile du jeton, la règle d&apos;expiration et le code de signature dont elle a besoin. Tant qu&apos;elle ne l&apos;a pas déployé, le site web continue de signer avec l&apos;ancienne clé, qui reste acceptée.</translation>
    </message>
    <message>
        <source>Open the Token &amp;Log Report…</source>
        <translation>Ouvrir le rapport sur un &amp;journal de jetons…</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; was added beside &quot;%2&quot;, which is kept. Edit &gt; Undo removes the new key again.</source>
        <translation>La clé «&#xa0;%1&#xa0;» a été ajoutée à côté de «&#xa0;%2&#xa0;», qui est conservée. Édition &gt; Annuler retire à nouveau la nouvelle clé.</translation>
    </message>
    <message>
        <source>Export the &amp;Integration Kit for &quot;%1&quot;…</source>
        <translation>Exporter le kit d&apos;&amp;intégration de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>Step 3 of 3, later: once the website signs with &quot;%1&quot;, remove &quot;%2&quot;. Remove it only when a token log report of recent tokens shows that &quot;%2&quot; is no longer seen: while the website still signs with it, removing it would refuse those visitors&apos; identities.</source>
        <translation>Étape 3 sur 3, plus tard&#xa0;: une fois que le site web signe avec «&#xa0;%1&#xa0;», supprimez «&#xa0;%2&#xa0;». Ne la supprimez que lorsqu&apos;un rapport sur un journal de jetons récents montre que «&#xa0;%2&#xa0;» n&apos;apparaît plus&#xa0;: tant que le site web signe encore avec elle, la supprimer ferait refuser les identités de ces visiteurs.</translation>
    </message>
    <message>
        <source>The integration kit was written to &quot;%1&quot;. Hand it to the website team.</source>
        <translation>Le kit d&apos;intégration a été écrit dans «&#xa0;%1&#xa0;». Remettez-le à l&apos;équipe du site web.</translation>
    </message>
</context>
<context>
    <name>engage::KitCommand</name>
    <message>
        <source>Write the integration kit of a JWT key for the website team: header, payload template, expiry rule and signing code in seven languages.</source>
        <translation>Écrire le kit d&apos;intégration d&apos;une clé JWT pour l&apos;équipe du site web&#xa0;: en-tête, modèle de charge utile, règle d&apos;expiration et code de signature en sept langages.</translation>
    </message>
    <message>
        <source>The ID of the key the website signs with.</source>
        <translation>L&apos;identifiant de la clé avec laquelle le site web signe.</translation>
    </message>
    <message>
        <source>html (one self-contained page, the default) or markdown.</source>
        <translation>html (une page autonome, par défaut) ou markdown.</translation>
    </message>
    <message>
        <source>The file to write; standard output when not given.</source>
        <translation>Le fichier à écrire&#xa0;; la sortie standard s&apos;il n&apos;est pas indiqué.</translation>
    </message>
    <message>
        <source>Put the HS256 secret in the kit; the file is then readable by its owner only.</source>
        <translation>Mettre le secret HS256 dans le kit&#xa0;; le fichier n&apos;est alors lisible que par son propriétaire.</translation>
    </message>
    <message>
        <source>--config FILE and --kid ID are required.</source>
        <translation>--config FILE et --kid ID sont obligatoires.</translation>
    </message>
    <message>
        <source>--format takes html or markdown.</source>
        <translation>--format prend html ou markdown.</translation>
    </message>
    <message>
        <source>--out needs a file name.</source>
        <translation>--out a besoin d&apos;un nom de fichier.</translation>
    </message>
    <message>
        <source>Wrote %1 with the secret of key %2, readable by you only.</source>
        <translation>%1 écrit avec le secret de la clé %2, lisible par vous seul.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 écrit.</translation>
    </message>
    <message>
        <source>%1 cannot be read as a configuration; fix it first.</source>
        <translation>%1 ne peut pas être lu comme une configuration&#xa0;; corrigez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>key %1 is RS256: it has no secret to include, and the kit never holds a private key.</source>
        <translation>la clé %1 est RS256&#xa0;: elle n&apos;a pas de secret à inclure, et le kit ne contient jamais de clé privée.</translation>
    </message>
    <message>
        <source>this command takes no arguments.</source>
        <translation>cette commande ne prend aucun argument.</translation>
    </message>
</context>
<context>
    <name>engage::KitDocument</name>
    <message>
        <source>Signed identities for the Engage chat: the integration kit of key %1</source>
        <translation>Identités signées pour le chat Engage&#xa0;: le kit d&apos;intégration de la clé %1</translation>
    </message>
    <message>
        <source>For the website team. The Engage chat takes the visitor&apos;s identity as a JSON Web Token (JWT) signed by your server, so that nobody can pass for one of your customers. This kit holds what the Engage integration page asks the administrator to hand over for the key below.</source>
        <translation>Pour l&apos;équipe du site web. Le chat Engage reçoit l&apos;identité du visiteur sous forme de JSON Web Token (JWT) signé par votre serveur, afin que personne ne puisse se faire passer pour l&apos;un de vos clients. Ce kit contient ce que la page d&apos;intégration d&apos;Engage demande à l&apos;administrateur de transmettre pour la clé ci-dessous.</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Communauté</translation>
    </message>
    <message>
        <source>Community ID</source>
        <translation>Identifiant de la communauté</translation>
    </message>
    <message>
        <source>Key ID (&quot;kid&quot;)</source>
        <translation>Identifiant de clé («&#xa0;kid&#xa0;»)</translation>
    </message>
    <message>
        <source>Algorithm (&quot;alg&quot;)</source>
        <translation>Algorithme («&#xa0;alg&#xa0;»)</translation>
    </message>
    <message>
        <source>HS256 (HMAC with SHA-256)</source>
        <translation>HS256 (HMAC avec SHA-256)</translation>
    </message>
    <message>
        <source>RS256 (RSA signature with SHA-256)</source>
        <translation>RS256 (signature RSA avec SHA-256)</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>Not in this kit: the administrator hands it over separately. Your server reads it from the environment variable %1.</source>
        <translation>Absent de ce kit&#xa0;: l&apos;administrateur le transmet séparément. Votre serveur le lit dans la variable d&apos;environnement %1.</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Clé privée</translation>
    </message>
    <message>
        <source>Yours alone: Engage holds only the public key (%1). Your server reads the private key from the PEM file named by the environment variable %2.</source>
        <translation>Elle n&apos;appartient qu&apos;à vous&#xa0;: Engage ne détient que la clé publique (%1). Votre serveur lit la clé privée dans le fichier PEM désigné par la variable d&apos;environnement %2.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>1. Header</source>
        <translation>1. En-tête</translation>
    </message>
    <message>
        <source>Every token&apos;s JOSE header has these three members; &quot;kid&quot; names the key configured in Engage.</source>
        <translation>L&apos;en-tête JOSE de chaque jeton comporte ces trois membres&#xa0;; «&#xa0;kid&#xa0;» désigne la clé configurée dans Engage.</translation>
    </message>
    <message>
        <source>2. Payload</source>
        <translation>2. Charge utile</translation>
    </message>
    <message>
        <source>Replace each &lt;placeholder&gt; with the value. &quot;uuid&quot; is mandatory: without it Engage rejects the token and the chat does not open. Engage&apos;s extra values mapping copies each member of &quot;extra_values&quot; into the field shown to agents.</source>
        <translation>Remplacez chaque texte entre chevrons, &lt;ainsi&gt;, par la valeur qu&apos;il décrit. «&#xa0;uuid&#xa0;» est obligatoire&#xa0;: sans lui, Engage rejette le jeton et le chat ne s&apos;ouvre pas. La correspondance des valeurs supplémentaires d&apos;Engage copie chaque membre de «&#xa0;extra_values&#xa0;» dans le champ présenté aux agents.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>must match %1</source>
        <translation>doit respecter %1</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Field in Engage</source>
        <translation>Champ dans Engage</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>A value for a field with a regex must match it: Engage does not store a value that does not.</source>
        <translation>La valeur d&apos;un champ doté d&apos;une expression régulière doit respecter celle-ci&#xa0;: Engage n&apos;enregistre pas une valeur qui ne la respecte pas.</translation>
    </message>
    <message>
        <source>3. Expiry and renewal</source>
        <translation>3. Expiration et renouvellement</translation>
    </message>
    <message>
        <source>Set &quot;exp&quot; to the time of signing plus %1 seconds (two hours, recommended), as a whole number of seconds since 1970 (Unix time). Engage rejects a token whose &quot;exp&quot; is less than %2 seconds (one hour) ahead.</source>
        <translation>Réglez «&#xa0;exp&#xa0;» sur l&apos;heure de la signature plus %1 secondes (deux heures, valeur recommandée), en nombre entier de secondes depuis 1970 (heure Unix). Engage rejette un jeton dont le «&#xa0;exp&#xa0;» est situé moins de %2 secondes (une heure) dans le futur.</translation>
    </message>
    <message>
        <source>Renew the token before it lapses: sign a new one on every page load and, on a page that stays open, pass a new one with _setSignedIdentity well before the one in use expires. Otherwise the chat tells the visitor to reload the page to continue the conversation.</source>
        <translation>Renouvelez le jeton avant son expiration&#xa0;: signez-en un nouveau à chaque chargement de page et, sur une page qui reste ouverte, transmettez-en un nouveau avec _setSignedIdentity bien avant que celui en cours n&apos;expire. Sinon, le chat demande au visiteur de recharger la page pour poursuivre la conversation.</translation>
    </message>
    <message>
        <source>Sign on your server only: the secret or private key must never reach the browser.</source>
        <translation>Signez uniquement sur votre serveur&#xa0;: le secret ou la clé privée ne doit jamais parvenir au navigateur.</translation>
    </message>
    <message>
        <source>4. Give the token to the chat</source>
        <translation>4. Transmettre le jeton au chat</translation>
    </message>
    <message>
        <source>On every page that shows the chat, beside Engage&apos;s loader code, pass the token from your server as a string. The line var _chatq = _chatq || []; is mandatory.</source>
        <translation>Sur chaque page qui affiche le chat, à côté du code de chargement d&apos;Engage, transmettez le jeton fourni par votre serveur sous forme de chaîne. La ligne var _chatq = _chatq || []; est obligatoire.</translation>
    </message>
    <message>
        <source>THE_TOKEN_FROM_YOUR_SERVER</source>
        <translation>LE_JETON_FOURNI_PAR_VOTRE_SERVEUR</translation>
    </message>
    <message>
        <source>5. Signing code</source>
        <translation>5. Code de signature</translation>
    </message>
    <message>
        <source>Each function takes the identity (&quot;uuid&quot;, any predefined attributes, &quot;extra_values&quot;) and returns the token, with the header above and &quot;exp&quot; %1 seconds ahead. None holds the key: it stays in your server&apos;s configuration.</source>
        <translation>Chaque fonction reçoit l&apos;identité («&#xa0;uuid&#xa0;», les éventuels attributs prédéfinis, «&#xa0;extra_values&#xa0;») et renvoie le jeton, avec l&apos;en-tête ci-dessus et un «&#xa0;exp&#xa0;» situé %1 secondes plus tard. Aucune ne contient la clé&#xa0;: celle-ci reste dans la configuration de votre serveur.</translation>
    </message>
    <message>
        <source>Install: %1</source>
        <translation>Installation&#xa0;: %1</translation>
    </message>
    <message>
        <source>6. Check before going live</source>
        <translation>6. Vérifier avant la mise en production</translation>
    </message>
    <message>
        <source>Send a token made by your code to the Engage administrator, who checks it against the configuration with &quot;engagectl verify-jwt --config FILE TOKEN&quot; or in Engage Community Admin&apos;s JWT Workbench: it must be accepted, with the fields above filled.</source>
        <translation>Envoyez un jeton produit par votre code à l&apos;administrateur Engage, qui le vérifie par rapport à la configuration avec «&#xa0;engagectl verify-jwt --config FILE TOKEN&#xa0;» ou dans l&apos;Atelier JWT d&apos;Engage Community Admin&#xa0;: il doit être accepté, avec les champs ci-dessus remplis.</translation>
    </message>
    <message>
        <source>This kit holds the secret of key %1. Keep it as you keep the secret itself: readable by its owner only (as engagectl kit --out and the application create its file); hand it over where only the website team can read it, and delete the copies once the secret is in your server&apos;s configuration.</source>
        <translation>Ce kit contient le secret de la clé %1. Protégez-le comme le secret lui-même&#xa0;: lisible par son seul propriétaire (comme le fichier que créent engagectl kit --out et l&apos;application)&#xa0;; transmettez-le par un canal que seule l&apos;équipe du site web peut lire, et supprimez-en les copies une fois le secret placé dans la configuration de votre serveur.</translation>
    </message>
    <message>
        <source>The predefined attributes (screenname, avatar_url, firstname, lastname, company, email) are optional: leave out those the website does not know.</source>
        <translation>Les attributs prédéfinis (screenname, avatar_url, firstname, lastname, company, email) sont facultatifs&#xa0;: omettez ceux que le site web ne connaît pas.</translation>
    </message>
</context>
<context>
    <name>engage::ListCommunitiesCommand</name>
    <message>
        <source>it is not a community as the API describes it (a string id and name, and members of the right types)</source>
        <translation>ce n&apos;est pas une communauté telle que l&apos;API la décrit (des membres id et name de type chaîne, et des membres des bons types)</translation>
    </message>
</context>
<context>
    <name>engage::ListContentSourcesCommand</name>
    <message>
        <source>it is not a content source as the API describes it (a string id and members of the right types)</source>
        <translation>ce n&apos;est pas une source de contenu telle que l&apos;API la décrit (un membre id de type chaîne, et des membres des bons types)</translation>
    </message>
</context>
<context>
    <name>engage::ListCustomFieldsCommand</name>
    <message>
        <source>it is not a custom field as the API describes it (a string key, and members of the right types)</source>
        <translation>ce n&apos;est pas un champ personnalisé tel que l&apos;API le décrit (un membre key de type chaîne, et des membres des bons types)</translation>
    </message>
</context>
<context>
    <name>engage::ListEditBar</name>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Move the current row up (Alt+Up)</source>
        <translation>Monter la ligne courante (Alt+Haut)</translation>
    </message>
    <message>
        <source>Move the current row down (Alt+Down)</source>
        <translation>Descendre la ligne courante (Alt+Bas)</translation>
    </message>
</context>
<context>
    <name>engage::MainWindow</name>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>E&amp;xtra values mapping</source>
        <translation>&amp;Correspondance des valeurs supplémentaires</translation>
    </message>
    <message>
        <source>Signe&amp;d identities</source>
        <translation>&amp;Identités signées</translation>
    </message>
    <message>
        <source>JWT &amp;keys</source>
        <translation>C&amp;lés JWT</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnostics</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ou&amp;vrir…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <source>No recent file</source>
        <translation>Aucun fichier récent</translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation>Effacer l&apos;&amp;historique</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Fer&amp;mer</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>Ann&amp;uler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Ré&amp;tablir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>JWT &amp;Workbench…</source>
        <translation>Atelier &amp;JWT…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;About Engage Community Admin</source>
        <translation>À &amp;propos d&apos;Engage Community Admin</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be opened: %2</source>
        <translation>Impossible d&apos;ouvrir «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n RS256 key(s) of this file held a private key. It was not kept and will not be saved: paste the public key instead.</source>
        <translation>
            <numerusform>%n clé RS256 de ce fichier contenait une clé privée. Celle-ci n&apos;a pas été conservée et ne sera pas enregistrée&#xa0;: collez plutôt la clé publique.</numerusform>
            <numerusform>%n clés RS256 de ce fichier contenaient une clé privée. Ces clés privées n&apos;ont pas été conservées et ne seront pas enregistrées&#xa0;: collez plutôt les clés publiques.</numerusform>
        </translation>
    </message>
    <message>
        <source>Opened &quot;%1&quot;.</source>
        <translation>«&#xa0;%1&#xa0;» ouvert.</translation>
    </message>
    <message>
        <source>an untitled configuration</source>
        <translation>une configuration sans titre</translation>
    </message>
    <message>
        <source>Recover Unsaved Work</source>
        <translation>Récupérer le travail non enregistré</translation>
    </message>
    <message>
        <source>Engage Community Admin stopped without saving changes to %1. They were written aside on %2. Recover them?</source>
        <translation>Engage Community Admin s&apos;est arrêté sans enregistrer les modifications apportées à %1. Elles ont été mises de côté le %2. Voulez-vous les récupérer&#xa0;?</translation>
    </message>
    <message>
        <source>Unsaved work was recovered. Save it to keep it.</source>
        <translation>Le travail non enregistré a été récupéré. Enregistrez-le pour le conserver.</translation>
    </message>
    <message>
        <source>Save Configuration</source>
        <translation>Enregistrer la configuration</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;.</source>
        <translation>«&#xa0;%1&#xa0;» enregistré.</translation>
    </message>
    <message>
        <source>Open Configuration</source>
        <translation>Ouvrir une configuration</translation>
    </message>
    <message>
        <source>Exported to &quot;%1&quot; with the secrets redacted.</source>
        <translation>Exporté vers «&#xa0;%1&#xa0;», secrets masqués.</translation>
    </message>
    <message>
        <source>Exported to &quot;%1&quot;.</source>
        <translation>Exporté vers «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>About Engage Community Admin</source>
        <translation>À propos d&apos;Engage Community Admin</translation>
    </message>
    <message>
        <source>Engage Community Admin %1

Edits and checks the signed identities, JWT keys and extra values mapping of RingCentral Engage Messaging communities.</source>
        <translation>Engage Community Admin %1

Modifie et vérifie les identités signées, les clés JWT et la correspondance des valeurs supplémentaires des communautés RingCentral Engage Messaging.</translation>
    </message>
    <message>
        <source>%1[*] — Engage Community Admin</source>
        <translation>%1[*] — Engage Community Admin</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has changes that are not saved. Save them before closing?</source>
        <translation>«&#xa0;%1&#xa0;» comporte des modifications non enregistrées. Voulez-vous les enregistrer avant de fermer&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>S&amp;ynchronisation</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>Se &amp;connecter…</translation>
    </message>
    <message>
        <source>&amp;Pull…</source>
        <translation>&amp;Récupérer…</translation>
    </message>
    <message>
        <source>P&amp;ush…</source>
        <translation>En&amp;voyer…</translation>
    </message>
    <message>
        <source>Pulled the community &quot;%1&quot;. Save it to keep it: its sync record is saved beside the file.</source>
        <translation>Communauté «&#xa0;%1&#xa0;» récupérée. Enregistrez-la pour la conserver&#xa0;: son enregistrement de synchronisation est enregistré à côté du fichier.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1&#xa0;: %2.</translation>
    </message>
    <message numerus="yes">
        <source>And %n more, listed in the diagnostics panel.</source>
        <translation>
            <numerusform>Et %n autre, indiquée dans le panneau Diagnostics.</numerusform>
            <numerusform>Et %n autres, indiquées dans le panneau Diagnostics.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; was opened with values that cannot be written as they were read:</source>
        <translation>«&#xa0;%1&#xa0;» a été ouvert avec des valeurs qui ne peuvent pas être écrites telles qu&apos;elles ont été lues&#xa0;:</translation>
    </message>
    <message>
        <source>Saving writes the configuration without them: a value of the wrong type is replaced by its default or left out, and the format and version are written as this program&apos;s own. Save anyway?</source>
        <translation>L&apos;enregistrement écrit la configuration sans ces valeurs&#xa0;: une valeur du mauvais type est remplacée par sa valeur par défaut ou omise, et le format et la version écrits sont ceux de ce programme. Enregistrer quand même&#xa0;?</translation>
    </message>
    <message>
        <source>Exporting writes the configuration without them: a value of the wrong type is replaced by its default or left out, and the format and version are written as this program&apos;s own. Export anyway?</source>
        <translation>L&apos;exportation écrit la configuration sans ces valeurs&#xa0;: une valeur du mauvais type est remplacée par sa valeur par défaut ou omise, et le format et la version écrits sont ceux de ce programme. Exporter quand même&#xa0;?</translation>
    </message>
    <message>
        <source>Values That Cannot Be Written</source>
        <translation>Valeurs impossibles à écrire</translation>
    </message>
    <message>
        <source>Save Anyway</source>
        <translation>Enregistrer quand même</translation>
    </message>
    <message>
        <source>Export Anyway</source>
        <translation>Exporter quand même</translation>
    </message>
    <message>
        <source>The server has this community but no messaging-settings API (HTTP 404), as on every real Engage domain: signed identities, JWT keys and the extra values mapping are entered in the Engage admin console there. Sync &gt; Console Checklist lists the steps, value by value.</source>
        <translation>Le serveur a cette communauté mais pas d&apos;API de réglages de messagerie (HTTP 404), comme tout domaine Engage réel&#xa0;: les identités signées, les clés JWT et la correspondance des valeurs supplémentaires s&apos;y saisissent dans la console d&apos;administration d&apos;Engage. Synchronisation &gt; Liste de contrôle de la console en donne les étapes, valeur par valeur.</translation>
    </message>
    <message>
        <source>Refresh Cata&amp;logue…</source>
        <translation>&amp;Actualiser le catalogue…</translation>
    </message>
    <message>
        <source>Check an &amp;Identity…</source>
        <translation>Vérifier une &amp;identité…</translation>
    </message>
    <message>
        <source>Co&amp;nsole Checklist…</source>
        <translation>&amp;Liste de contrôle de la console…</translation>
    </message>
    <message>
        <source>Pulled the community &quot;%1&quot;, but not all of it:</source>
        <translation>Communauté «&#xa0;%1&#xa0;» récupérée, mais pas en entier&#xa0;:</translation>
    </message>
    <message>
        <source>The settings could not be read. %1</source>
        <translation>Les réglages n&apos;ont pas pu être lus. %1</translation>
    </message>
    <message>
        <source>The custom fields catalogue could not be read: %1</source>
        <translation>Le catalogue des champs personnalisés n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Save the file to keep what was read.</source>
        <translation>Enregistrez le fichier pour conserver ce qui a été lu.</translation>
    </message>
    <message>
        <source>Console Checklist…</source>
        <translation>Liste de contrôle de la console…</translation>
    </message>
    <message>
        <source>Export &amp;Integration Kit…</source>
        <translation>Exporter le kit d&apos;&amp;intégration…</translation>
    </message>
    <message>
        <source>Token &amp;Log Report…</source>
        <translation>&amp;Rapport sur un journal de jetons…</translation>
    </message>
    <message>
        <source>Wrote the integration kit of key %1 to &quot;%2&quot;.</source>
        <translation>Kit d&apos;intégration de la clé %1 écrit dans «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Go to the Diagnostics or &amp;Back</source>
        <translation>Aller aux diagnostics ou &amp;revenir</translation>
    </message>
    <message>
        <source>&amp;Filter the List</source>
        <translation>&amp;Filtrer la liste</translation>
    </message>
    <message>
        <source>&amp;Window</source>
        <translation>F&amp;enêtre</translation>
    </message>
    <message>
        <source>The example could not be opened: this installation of Engage Community Admin is incomplete.</source>
        <translation>L&apos;exemple n&apos;a pas pu être ouvert&#xa0;: cette installation d&apos;Engage Community Admin est incomplète.</translation>
    </message>
    <message>
        <source>This is an untitled copy of a bundled example: Save keeps your changes in a file of your choice.</source>
        <translation>Ceci est une copie sans titre d&apos;un exemple fourni&#xa0;: Enregistrer conserve vos modifications dans le fichier de votre choix.</translation>
    </message>
    <message>
        <source>The member &quot;%1&quot; (%2) was at line %3 of the file when it was opened.</source>
        <translation>Le membre «&#xa0;%1&#xa0;» (%2) se trouvait à la ligne %3 du fichier à son ouverture.</translation>
    </message>
    <message>
        <source>The member &quot;%1&quot; (%2) is in the file.</source>
        <translation>Le membre «&#xa0;%1&#xa0;» (%2) se trouve dans le fichier.</translation>
    </message>
    <message>
        <source>Member Not Shown</source>
        <translation>Membre non affiché</translation>
    </message>
    <message>
        <source>This application does not know it, so no page shows it; it is kept as it is when the file is saved. To change or remove it, edit the file in a text editor.</source>
        <translation>Cette application ne le connaît pas, aucune page ne l&apos;affiche donc&#xa0;; il est conservé tel quel à l&apos;enregistrement du fichier. Pour le modifier ou le supprimer, modifiez le fichier dans un éditeur de texte.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 (modified)</source>
        <translation>%1 (modifié)</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t Save</source>
        <translation>&amp;Ne pas enregistrer</translation>
    </message>
</context>
<context>
    <name>engage::MappingKeyDelegate</name>
    <message>
        <source>Extra value key</source>
        <translation>Clé de valeur supplémentaire</translation>
    </message>
</context>
<context>
    <name>engage::MappingPage</name>
    <message>
        <source>Extra values mapping</source>
        <translation>Correspondance des valeurs supplémentaires</translation>
    </message>
    <message>
        <source>&amp;Add row</source>
        <translation>Ajouter une li&amp;gne</translation>
    </message>
    <message>
        <source>Re&amp;move row</source>
        <translation>Supp&amp;rimer la ligne</translation>
    </message>
    <message>
        <source>Each row copies the visitor&apos;s extra value of that key into an Identity Group field shown to agents. The key &quot;uuid&quot; maps the visitor&apos;s UUID itself.</source>
        <translation>Chaque ligne copie la valeur supplémentaire du visiteur associée à cette clé dans un champ du groupe d&apos;identité (Identity Group) présenté aux agents. La clé «&#xa0;uuid&#xa0;» met en correspondance l&apos;UUID du visiteur lui-même.</translation>
    </message>
    <message>
        <source>Custom fields catalogue</source>
        <translation>Catalogue des champs personnalisés</translation>
    </message>
    <message>
        <source>Add fie&amp;ld</source>
        <translation>Ajouter un c&amp;hamp</translation>
    </message>
    <message>
        <source>Rem&amp;ove field</source>
        <translation>Supprimer le cham&amp;p</translation>
    </message>
    <message>
        <source>Custom fields catalogue (Identity Group)</source>
        <translation>Catalogue des champs personnalisés (groupe d&apos;identité)</translation>
    </message>
    <message>
        <source>Filter the extra values mapping</source>
        <translation>Filtrer la correspondance des valeurs supplémentaires</translation>
    </message>
    <message>
        <source>Filter the custom fields catalogue</source>
        <translation>Filtrer le catalogue des champs personnalisés</translation>
    </message>
</context>
<context>
    <name>engage::MappingTableModel</name>
    <message>
        <source>Extra value key</source>
        <translation>Clé de valeur supplémentaire</translation>
    </message>
    <message>
        <source>Destination field</source>
        <translation>Champ de destination</translation>
    </message>
</context>
<context>
    <name>engage::MessageBanner</name>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>Fermer ce message</translation>
    </message>
</context>
<context>
    <name>engage::MessagingSettings</name>
    <message>
        <source>the messaging settings are malformed%1: %2</source>
        <translation>les réglages de messagerie sont mal formés%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the messaging settings are missing</source>
        <translation>les réglages de messagerie sont absents</translation>
    </message>
</context>
<context>
    <name>engage::PagedListCommand</name>
    <message>
        <source>the list page at offset %1 is not a page of at most %2 records with their count</source>
        <translation>la page de liste à la position %1 n&apos;est pas une page d&apos;au plus %2 enregistrements avec leur nombre</translation>
    </message>
    <message>
        <source>the list claims %1 records, but its page at offset %2 holds %3 records instead of %4</source>
        <translation>la liste annonce %1 enregistrements, mais sa page à la position %2 en contient %3 au lieu de %4</translation>
    </message>
    <message>
        <source>the server sent the record %1 twice (offset %2): the list is inconsistent</source>
        <translation>le serveur a envoyé l&apos;enregistrement %1 deux fois (position %2)&#xa0;: la liste est incohérente</translation>
    </message>
    <message>
        <source>the list holds at least %1 records, but the API serves no offset beyond %2, so it cannot be read in full</source>
        <translation>la liste contient au moins %1 enregistrements, mais l&apos;API ne sert aucune position au-delà de %2&#xa0;: elle ne peut donc pas être lue en entier</translation>
    </message>
    <message>
        <source>Record number %1 of the list was skipped: %2.</source>
        <translation>L&apos;enregistrement numéro %1 de la liste a été ignoré&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Record number %1 of the list (id %2) was skipped: %3.</source>
        <translation>L&apos;enregistrement numéro %1 de la liste (id %2) a été ignoré&#xa0;: %3.</translation>
    </message>
    <message>
        <source>The list page at offset %1</source>
        <translation>La page de la liste à la position %1</translation>
    </message>
</context>
<context>
    <name>engage::PemKey</name>
    <message>
        <source>the PEM block %1 does not hold a valid key</source>
        <translation>le bloc PEM %1 ne contient pas de clé valide</translation>
    </message>
    <message>
        <source>a negative number of %1 bits</source>
        <translation>un nombre négatif de %1 bits</translation>
    </message>
    <message>
        <source>a number of %1 bits</source>
        <translation>un nombre de %1 bits</translation>
    </message>
    <message>
        <source>its public exponent is 1, so anyone could forge tokens that it verifies without the private key</source>
        <translation>son exposant public vaut 1&#xa0;: n&apos;importe qui pourrait donc, sans la clé privée, forger des jetons que cette clé validerait</translation>
    </message>
    <message>
        <source>its public exponent is %1, but an RSA exponent is an odd number of at least 3 (usually 65537)</source>
        <translation>son exposant public vaut %1, alors qu&apos;un exposant RSA est un nombre impair d&apos;au moins 3 (généralement 65537)</translation>
    </message>
    <message>
        <source>its modulus is %1, but an RSA modulus is a large positive number</source>
        <translation>son module vaut %1, alors qu&apos;un module RSA est un grand nombre positif</translation>
    </message>
    <message>
        <source>its modulus is even, so it is not the product of two large primes that an RSA modulus is</source>
        <translation>son module est pair&#xa0;: ce n&apos;est donc pas le produit de deux grands nombres premiers, comme doit l&apos;être un module RSA</translation>
    </message>
    <message>
        <source>its modulus has only %1 bits; an RSA key needs at least %2, and 2048 are recommended</source>
        <translation>son module ne compte que %1 bits&#xa0;; une clé RSA en nécessite au moins %2, et 2048 sont recommandés</translation>
    </message>
    <message>
        <source>its modulus has %1 bits, and OpenSSL verifies signatures with no RSA key over %2 bits</source>
        <translation>son module compte %1 bits, or OpenSSL ne vérifie aucune signature avec une clé RSA de plus de %2 bits</translation>
    </message>
    <message>
        <source>the PEM block %1 does not hold a valid certificate</source>
        <translation>le bloc PEM %1 ne contient pas de certificat valide</translation>
    </message>
    <message>
        <source>the public key of the certificate cannot be read</source>
        <translation>impossible de lire la clé publique du certificat</translation>
    </message>
    <message>
        <source>an SSH public key is not a PEM public key</source>
        <translation>une clé publique SSH n&apos;est pas une clé publique PEM</translation>
    </message>
    <message>
        <source>no PEM block was found</source>
        <translation>aucun bloc PEM n&apos;a été trouvé</translation>
    </message>
    <message>
        <source>%1 is an OpenPGP block, not a PEM key</source>
        <translation>%1 est un bloc OpenPGP, et non une clé PEM</translation>
    </message>
    <message>
        <source>%1 is not a key</source>
        <translation>%1 n&apos;est pas une clé</translation>
    </message>
    <message>
        <source>the text is too large to be a PEM key</source>
        <translation>le texte est trop volumineux pour être une clé PEM</translation>
    </message>
    <message numerus="yes">
        <source>the text holds %n PEM blocks; which one was meant is unknown: keep only the public key</source>
        <translation>
            <numerusform>le texte contient %n bloc PEM&#xa0;; impossible de savoir lequel était visé&#xa0;: ne gardez que la clé publique</numerusform>
            <numerusform>le texte contient %n blocs PEM&#xa0;; impossible de savoir lequel était visé&#xa0;: ne gardez que la clé publique</numerusform>
        </translation>
    </message>
    <message>
        <source>the PEM block %1 has no END line</source>
        <translation>le bloc PEM %1 n&apos;a pas de ligne END</translation>
    </message>
    <message>
        <source>the PEM block %1 ends with the END line of another block</source>
        <translation>le bloc PEM %1 se termine par la ligne END d&apos;un autre bloc</translation>
    </message>
    <message>
        <source>the PEM block %1 has header lines (&quot;Name: value&quot;, such as Proc-Type or DEK-Info); a public key has none: remove them</source>
        <translation>le bloc PEM %1 contient des lignes d&apos;en-tête («&#xa0;Nom&#xa0;: valeur&#xa0;», comme Proc-Type ou DEK-Info)&#xa0;; une clé publique n&apos;en a aucune&#xa0;: supprimez-les</translation>
    </message>
    <message>
        <source>the PEM block %1 is damaged: its base64 cannot be decoded</source>
        <translation>le bloc PEM %1 est endommagé&#xa0;: son contenu base64 ne peut pas être décodé</translation>
    </message>
    <message>
        <source>an RSA key</source>
        <translation>une clé RSA</translation>
    </message>
    <message>
        <source>an RSA-PSS key</source>
        <translation>une clé RSA-PSS</translation>
    </message>
    <message>
        <source>an EC key</source>
        <translation>une clé EC</translation>
    </message>
    <message>
        <source>an Ed25519 key</source>
        <translation>une clé Ed25519</translation>
    </message>
    <message>
        <source>an Ed448 key</source>
        <translation>une clé Ed448</translation>
    </message>
    <message>
        <source>an X25519 key</source>
        <translation>une clé X25519</translation>
    </message>
    <message>
        <source>an X448 key</source>
        <translation>une clé X448</translation>
    </message>
    <message>
        <source>a DSA key</source>
        <translation>une clé DSA</translation>
    </message>
    <message>
        <source>a DH key</source>
        <translation>une clé DH</translation>
    </message>
    <message>
        <source>an X9.42 DH key</source>
        <translation>une clé DH X9.42</translation>
    </message>
    <message>
        <source>an SM2 key</source>
        <translation>une clé SM2</translation>
    </message>
    <message>
        <source>a key of an unknown type</source>
        <translation>une clé de type inconnu</translation>
    </message>
    <message>
        <source>a key of type %1</source>
        <translation>une clé de type %1</translation>
    </message>
    <message>
        <source>its public exponent is not smaller than its modulus, but an RSA exponent lies between 3 and the modulus minus 1</source>
        <translation>son exposant public n&apos;est pas inférieur à son module, alors qu&apos;un exposant RSA est compris entre 3 et le module moins 1</translation>
    </message>
    <message>
        <source>its public exponent has %1 bits, and OpenSSL verifies signatures with no RSA key over %2 bits whose exponent has over %3 bits</source>
        <translation>son exposant public compte %1 bits, or OpenSSL ne vérifie aucune signature avec une clé RSA de plus de %2 bits dont l&apos;exposant compte plus de %3 bits</translation>
    </message>
    <message>
        <source>its modulus is a prime number instead of a product of two primes, so anyone can compute its private key and forge tokens that it verifies</source>
        <translation>son module est un nombre premier au lieu d&apos;être le produit de deux nombres premiers&#xa0;: n&apos;importe qui peut donc calculer sa clé privée et forger des jetons que cette clé valide</translation>
    </message>
    <message>
        <source>its DER encoding is not strict: DER allows one encoding of each key, and programs may read other numbers from this one than those checked here, or refuse it; export it again with &quot;openssl pkey -pubin -in key.pem&quot;</source>
        <translation>son encodage DER n&apos;est pas strict&#xa0;: DER n&apos;autorise qu&apos;un seul encodage de chaque clé, et d&apos;autres programmes pourraient lire dans celui-ci d&apos;autres nombres que ceux vérifiés ici, ou le refuser&#xa0;; exportez-la à nouveau avec «&#xa0;openssl pkey -pubin -in key.pem&#xa0;»</translation>
    </message>
</context>
<context>
    <name>engage::PredefinedField</name>
    <message>
        <source>Firstname</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Lastname</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Home phone</source>
        <translation>Téléphone fixe</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Téléphone mobile</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>engage::PublicKeyFileChooser</name>
    <message>
        <source>Import public key</source>
        <translation>Importer une clé publique</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.pub *.crt *.cer *.key);;All files (*)</source>
        <translation>Fichiers PEM (*.pem *.pub *.crt *.cer *.key);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not imported. %2</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas été importé. %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an X.509 certificate. Its public key will be imported, not the certificate: %2.</source>
        <translation>«&#xa0;%1&#xa0;» est un certificat X.509. C&apos;est sa clé publique qui sera importée, et non le certificat&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>engage::PublicKeyImporter</name>
    <message>
        <source>RSA public key, %1 bits · SHA-256 fingerprint %2</source>
        <translation>Clé publique RSA, %1 bits · empreinte SHA-256 %2</translation>
    </message>
    <message>
        <source>This file holds no usable PEM key: %1.</source>
        <translation>Ce fichier ne contient aucune clé PEM utilisable&#xa0;: %1.</translation>
    </message>
    <message>
        <source>This is a private key, which must stay with the website: it was not kept. Give its public key instead, made with &quot;openssl pkey -in private.pem -pubout&quot;.</source>
        <translation>Ceci est une clé privée, qui doit rester du côté du site web&#xa0;: elle n&apos;a pas été conservée. Fournissez plutôt sa clé publique, obtenue avec «&#xa0;openssl pkey -in private.pem -pubout&#xa0;».</translation>
    </message>
    <message>
        <source>This certificate holds %1; RS256 needs an RSA public key.</source>
        <translation>Ce certificat contient %1&#xa0;; RS256 nécessite une clé publique RSA.</translation>
    </message>
    <message>
        <source>The public key in this file is %1; RS256 needs an RSA public key.</source>
        <translation>La clé publique de ce fichier est %1&#xa0;; RS256 nécessite une clé publique RSA.</translation>
    </message>
    <message>
        <source>This file holds an RSA public key that cannot be used: %1.</source>
        <translation>Ce fichier contient une clé publique RSA inutilisable&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>engage::PullCommand</name>
    <message>
        <source>Write a community&apos;s settings and custom fields catalogue into a configuration file.</source>
        <translation>Écrire les réglages et le catalogue des champs personnalisés d&apos;une communauté dans un fichier de configuration.</translation>
    </message>
    <message>
        <source>The configuration file to write.</source>
        <translation>Le fichier de configuration à écrire.</translation>
    </message>
    <message>
        <source>this command takes no arguments; the file is given by --out.</source>
        <translation>cette commande ne prend aucun argument&#xa0;; le fichier est indiqué par --out.</translation>
    </message>
    <message>
        <source>--out FILE is required (a file: its sync record is kept beside it).</source>
        <translation>--out FILE est obligatoire (un fichier&#xa0;: son enregistrement de synchronisation est conservé à côté).</translation>
    </message>
    <message>
        <source>Pulled the community %1 into %2.</source>
        <translation>Communauté %1 récupérée dans %2.</translation>
    </message>
    <message>
        <source>%1 cannot be read whole as a configuration, so a pull would lose what it holds; nothing was written. Fix the file, or choose another --out.</source>
        <translation>%1 ne peut pas être lu en entier comme une configuration, une récupération ferait donc perdre ce qu&apos;il contient&#xa0;; rien n&apos;a été écrit. Corrigez le fichier, ou choisissez un autre --out.</translation>
    </message>
    <message>
        <source>the custom field &quot;%1&quot; is not in the server&apos;s catalogue, so it was removed from %2 with its regex &quot;%3&quot;.</source>
        <translation>le champ personnalisé «&#xa0;%1&#xa0;» ne figure pas dans le catalogue du serveur, il a donc été supprimé de %2 avec son expression régulière «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>the custom field &quot;%1&quot; is not in the server&apos;s catalogue, so it was removed from %2.</source>
        <translation>le champ personnalisé «&#xa0;%1&#xa0;» ne figure pas dans le catalogue du serveur, il a donc été supprimé de %2.</translation>
    </message>
    <message>
        <source>the custom field &quot;%1&quot; was kept in %2: the server did not list it, but its list had a record this program could not read, which may be this field.</source>
        <translation>le champ personnalisé «&#xa0;%1&#xa0;» a été conservé dans %2&#xa0;: le serveur ne l&apos;a pas listé, mais sa liste contenait un enregistrement que ce programme n&apos;a pas pu lire, qui est peut-être ce champ.</translation>
    </message>
    <message>
        <source>%1 now holds the community %2 as the server has it; its signed identities, mapping and JWT keys were kept as the file had them.</source>
        <translation>%1 contient maintenant la communauté %2 telle que le serveur la détient&#xa0;; ses identités signées, sa correspondance et ses clés JWT ont été conservées telles que le fichier les avait.</translation>
    </message>
    <message>
        <source>%1 now holds the community %2 as the server has it, with no signed identities setting, mapping or JWT key: fill them in as the admin console shows them.</source>
        <translation>%1 contient maintenant la communauté %2 telle que le serveur la détient, sans réglage des identités signées, sans correspondance ni clé JWT&#xa0;: renseignez-les comme la console d&apos;administration les affiche.</translation>
    </message>
    <message>
        <source>the custom fields catalogue could not be read, so %1 keeps the catalogue it had; everything else was pulled from the community %2.</source>
        <translation>le catalogue des champs personnalisés n&apos;a pas pu être lu, %1 garde donc le catalogue qu&apos;il avait&#xa0;; tout le reste a été récupéré depuis la communauté %2.</translation>
    </message>
    <message>
        <source>--out takes a file, not standard output: the pulled configuration&apos;s sync record is kept beside it.</source>
        <translation>--out prend un fichier, et non la sortie standard&#xa0;: l&apos;enregistrement de synchronisation de la configuration récupérée est conservé à côté.</translation>
    </message>
    <message>
        <source>%1 is the configuration of the community %2, not %3; nothing was written. Check --community, or choose another --out.</source>
        <translation>%1 est la configuration de la communauté %2, et non de %3&#xa0;; rien n&apos;a été écrit. Vérifiez --community, ou choisissez un autre --out.</translation>
    </message>
</context>
<context>
    <name>engage::PullDialog</name>
    <message>
        <source>Pull a Community</source>
        <translation>Récupérer une communauté</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Search the communities</source>
        <translation>Rechercher dans les communautés</translation>
    </message>
    <message>
        <source>Part of a name or an ID</source>
        <translation>Une partie d&apos;un nom ou d&apos;un identifiant</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>Communities</source>
        <translation>Communautés</translation>
    </message>
    <message>
        <source>&amp;Communities:</source>
        <translation>&amp;Communautés&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Pull</source>
        <translation>Ré&amp;cupérer</translation>
    </message>
    <message>
        <source>Loading the communities…</source>
        <translation>Chargement des communautés…</translation>
    </message>
    <message>
        <source>Pulling the community &quot;%1&quot;…</source>
        <translation>Récupération de la communauté «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>The communities that this token can see on %1. The one you pull opens with a record of this server and community, which a later push compares with the server it is connected to.</source>
        <translation>Les communautés que ce jeton peut voir sur %1. Celle que vous récupérez s&apos;ouvre en gardant la trace de ce serveur et de cette communauté, qu&apos;un envoi ultérieur compare au serveur auquel il est connecté.</translation>
    </message>
</context>
<context>
    <name>engage::PushCommand</name>
    <message>
        <source>Send a valid configuration file&apos;s settings to a community, merged with what changed remotely since it was pulled; stop on changes to the same thing.</source>
        <translation>Envoyer les réglages d&apos;un fichier de configuration valide à une communauté, fusionnés avec ce qui a changé à distance depuis leur récupération&#xa0;; s&apos;arrêter sur les modifications d&apos;un même élément.</translation>
    </message>
    <message>
        <source>Show what would change and change nothing.</source>
        <translation>Montrer ce qui changerait sans rien changer.</translation>
    </message>
    <message>
        <source>Push even though the file has no sync record for this community and server, replacing the remote settings whatever they became since; where the server and the file changed the same thing, keep the file&apos;s version.</source>
        <translation>Envoyer même si le fichier n&apos;a pas d&apos;enregistrement de synchronisation pour cette communauté et ce serveur, en remplaçant les réglages distants quels qu&apos;ils soient devenus&#xa0;; là où le serveur et le fichier ont modifié le même élément, garder la version du fichier.</translation>
    </message>
    <message>
        <source>The configuration file.</source>
        <translation>Le fichier de configuration.</translation>
    </message>
    <message>
        <source>give exactly one configuration file.</source>
        <translation>indiquez exactement un fichier de configuration.</translation>
    </message>
    <message>
        <source>Nothing was pushed: pull the community %1 first, or push with --force to replace its remote settings whatever they are.</source>
        <translation>Rien n&apos;a été envoyé&#xa0;: récupérez d&apos;abord la communauté %1, ou envoyez avec --force pour remplacer ses réglages distants quels qu&apos;ils soient.</translation>
    </message>
    <message>
        <source>--force: the push replaces the remote settings of the community %1 as they are now.</source>
        <translation>--force&#xa0;: l&apos;envoi remplace les réglages distants de la communauté %1 tels qu&apos;ils sont maintenant.</translation>
    </message>
    <message>
        <source>Dry run: nothing was pushed.</source>
        <translation>Essai à blanc&#xa0;: rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>Wrote the remote changes merged above into %1.</source>
        <translation>Modifications distantes fusionnées ci-dessus écrites dans %1.</translation>
    </message>
    <message>
        <source>Pushed the changes above to the community %1.</source>
        <translation>Modifications ci-dessus envoyées à la communauté %1.</translation>
    </message>
    <message>
        <source>Nothing to push: the community %1 already holds these settings.</source>
        <translation>Rien à envoyer&#xa0;: la communauté %1 a déjà ces réglages.</translation>
    </message>
    <message>
        <source>the remote settings changed since %1 was pulled, and the server and the file both changed what is listed above (base, theirs, yours); nothing was pushed. Pull again and redo your changes, or push with --force to keep the file&apos;s version of each.</source>
        <translation>les réglages distants ont changé depuis la récupération de %1, et le serveur comme le fichier ont modifié ce qui est listé ci-dessus (base, serveur, fichier)&#xa0;; rien n&apos;a été envoyé. Récupérez à nouveau la communauté et refaites vos modifications, ou envoyez avec --force pour garder la version du fichier pour chaque élément.</translation>
    </message>
    <message>
        <source>merged with the remote changes, the settings of %1 would break the rules above; nothing was pushed. Pull again (the catalogue too) and redo your changes.</source>
        <translation>fusionnés avec les modifications distantes, les réglages de %1 enfreindraient les règles ci-dessus&#xa0;; rien n&apos;a été envoyé. Récupérez à nouveau la communauté (et le catalogue) et refaites vos modifications.</translation>
    </message>
    <message>
        <source>the remote settings changed while pushing; nothing was pushed. Push again to merge them.</source>
        <translation>les réglages distants ont changé pendant l&apos;envoi&#xa0;; rien n&apos;a été envoyé. Envoyez à nouveau pour les fusionner.</translation>
    </message>
</context>
<context>
    <name>engage::PushFlow</name>
    <message numerus="yes">
        <source>The configuration has %n error(s), so it was not pushed and nothing was sent: fix them first (see Diagnostics).</source>
        <translation>
            <numerusform>La configuration comporte %n erreur, elle n&apos;a donc pas été envoyée et rien n&apos;a été transmis&#xa0;: corrigez-la d&apos;abord (voir Diagnostics).</numerusform>
            <numerusform>La configuration comporte %n erreurs, elle n&apos;a donc pas été envoyée et rien n&apos;a été transmis&#xa0;: corrigez-les d&apos;abord (voir Diagnostics).</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the remote settings…</source>
        <translation>Lecture des réglages distants…</translation>
    </message>
    <message>
        <source>No differences: the remote settings are already those of this configuration.</source>
        <translation>Aucune différence&#xa0;: les réglages distants sont déjà ceux de cette configuration.</translation>
    </message>
    <message>
        <source>Nothing was pushed.</source>
        <translation>Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>Pushing the settings…</source>
        <translation>Envoi des réglages…</translation>
    </message>
    <message>
        <source>The remote settings replaced those of this configuration; Undo brings yours back.</source>
        <translation>Les réglages distants ont remplacé ceux de cette configuration&#xa0;; Annuler rétablit les vôtres.</translation>
    </message>
    <message>
        <source>Nothing was pushed and nothing changed here.</source>
        <translation>Rien n&apos;a été envoyé et rien n&apos;a changé ici.</translation>
    </message>
    <message>
        <source>The push was cancelled; nothing changed here.</source>
        <translation>L&apos;envoi a été annulé&#xa0;; rien n&apos;a changé ici.</translation>
    </message>
    <message>
        <source>Push Without a Sync Record</source>
        <translation>Envoyer sans enregistrement de synchronisation</translation>
    </message>
    <message>
        <source>Nothing was pushed: pull the community first to push with conflict detection.</source>
        <translation>Rien n&apos;a été envoyé&#xa0;: récupérez d&apos;abord la communauté pour que l&apos;envoi puisse détecter les conflits.</translation>
    </message>
    <message>
        <source>This configuration</source>
        <translation>Cette configuration</translation>
    </message>
    <message>
        <source>Nothing to push: the changes made on the server were merged into this configuration.</source>
        <translation>Rien à envoyer&#xa0;: les modifications faites sur le serveur ont été fusionnées dans cette configuration.</translation>
    </message>
    <message>
        <source>the community %1 on %2</source>
        <translation>la communauté %1 sur %2</translation>
    </message>
    <message>
        <source>Pushing sends these changes to %1.</source>
        <translation>L&apos;envoi transmet ces modifications à %1.</translation>
    </message>
    <message>
        <source>This configuration has no sync record for %1, so the push replaces the remote settings as they are now with these changes.</source>
        <translation>Cette configuration n&apos;a pas d&apos;enregistrement de synchronisation pour %1&#xa0;: l&apos;envoi applique donc ces modifications en remplaçant les réglages distants tels qu&apos;ils sont maintenant.</translation>
    </message>
    <message>
        <source>Nothing to push: the server&apos;s version of each item was kept.</source>
        <translation>Rien à envoyer&#xa0;: la version du serveur a été conservée pour chaque élément.</translation>
    </message>
    <message>
        <source>Merged with the changes made on the server, these settings would break a rule (%1); nothing was pushed. Pull the community again and redo your changes.</source>
        <translation>Fusionnés avec les modifications faites sur le serveur, ces réglages enfreindraient une règle (%1)&#xa0;; rien n&apos;a été envoyé. Récupérez à nouveau la communauté et refaites vos modifications.</translation>
    </message>
    <message>
        <source>This window opened another configuration meanwhile, so it was left as it is.</source>
        <translation>Entre-temps, cette fenêtre a ouvert une autre configuration&#xa0;; celle-ci a donc été laissée telle quelle.</translation>
    </message>
    <message>
        <source>This configuration was edited meanwhile: the edits were kept, merged with the server&apos;s settings; push again to send them.</source>
        <translation>Cette configuration a été modifiée entre-temps&#xa0;: les modifications ont été conservées et fusionnées avec les réglages du serveur&#xa0;; envoyez-les à nouveau.</translation>
    </message>
    <message>
        <source>Replace the remote settings of %1 with those of this configuration anyway?</source>
        <translation>Remplacer quand même les réglages distants de %1 par ceux de cette configuration&#xa0;?</translation>
    </message>
    <message>
        <source>Push to Another Server or Community</source>
        <translation>Envoyer vers un autre serveur ou une autre communauté</translation>
    </message>
    <message>
        <source>&amp;Push Anyway</source>
        <translation>&amp;Envoyer quand même</translation>
    </message>
    <message>
        <source>the community &quot;%1&quot; (%2) on %3</source>
        <translation>la communauté «&#xa0;%1&#xa0;» (%2) sur %3</translation>
    </message>
    <message>
        <source>The settings of %1 changed on the server since this configuration was pulled, and some items changed both there and here; nothing was pushed. Choose the version to keep for each, then push.</source>
        <translation>Les réglages de %1 ont changé sur le serveur depuis la récupération de cette configuration, et certains éléments ont changé à la fois là-bas et ici&#xa0;; rien n&apos;a été envoyé. Choisissez la version à conserver pour chacun, puis envoyez.</translation>
    </message>
    <message>
        <source>Pushed the changes to %1.</source>
        <translation>Les modifications ont été envoyées à %1.</translation>
    </message>
</context>
<context>
    <name>engage::RegularFileCheck</name>
    <message>
        <source>%1 is a directory, not a file. Choose a regular file.</source>
        <translation>%1 est un dossier, et non un fichier. Choisissez un fichier ordinaire.</translation>
    </message>
    <message>
        <source>%1 is a named pipe (FIFO), not a regular file. Choose a regular file.</source>
        <translation>%1 est un tube nommé (FIFO), et non un fichier ordinaire. Choisissez un fichier ordinaire.</translation>
    </message>
    <message>
        <source>%1 is a socket, not a regular file. Choose a regular file.</source>
        <translation>%1 est un socket, et non un fichier ordinaire. Choisissez un fichier ordinaire.</translation>
    </message>
    <message>
        <source>%1 is a device, not a regular file. Choose a regular file.</source>
        <translation>%1 est un périphérique, et non un fichier ordinaire. Choisissez un fichier ordinaire.</translation>
    </message>
    <message>
        <source>%1 is not a regular file. Choose a regular file.</source>
        <translation>%1 n&apos;est pas un fichier ordinaire. Choisissez un fichier ordinaire.</translation>
    </message>
    <message>
        <source>%1 is a loop of symbolic links. Choose a regular file.</source>
        <translation>%1 est une boucle de liens symboliques. Choisissez un fichier ordinaire.</translation>
    </message>
</context>
<context>
    <name>engage::ReportBarChart</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>No token to show.</source>
        <translation>Aucun jeton à afficher.</translation>
    </message>
</context>
<context>
    <name>engage::ReportCommand</name>
    <message>
        <source>Report what a log of captured tokens says about a configuration: verdicts per key, reasons, hints, lifetimes, and which keys are still in use.</source>
        <translation>Rapporter ce qu&apos;un journal de jetons capturés dit d&apos;une configuration&#xa0;: verdicts par clé, raisons, indications, durées de vie, et clés encore utilisées.</translation>
    </message>
    <message>
        <source>The report&apos;s form: text (the default), json, or html (one self-contained page with charts).</source>
        <translation>La forme du rapport&#xa0;: text (par défaut), json, ou html (une page autonome avec des graphiques).</translation>
    </message>
    <message>
        <source>Write the report to FILE (replaced whole) instead of standard output.</source>
        <translation>Écrire le rapport dans FILE (remplacé en entier) au lieu de la sortie standard.</translation>
    </message>
    <message>
        <source>Worker threads (default: one per core).</source>
        <translation>Fils de travail (par défaut&#xa0;: un par cœur).</translation>
    </message>
    <message>
        <source>The token log, one token per line; &quot;-&quot; reads standard input.</source>
        <translation>Le journal de jetons, un jeton par ligne&#xa0;; «&#xa0;-&#xa0;» lit l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>--config FILE is required.</source>
        <translation>--config FILE est obligatoire.</translation>
    </message>
    <message>
        <source>give one token log, or &quot;-&quot; for standard input.</source>
        <translation>indiquez un journal de jetons, ou «&#xa0;-&#xa0;» pour l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>--format takes text, json or html.</source>
        <translation>--format prend text, json ou html.</translation>
    </message>
    <message>
        <source>--out needs a file name.</source>
        <translation>--out a besoin d&apos;un nom de fichier.</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>entrée standard</translation>
    </message>
</context>
<context>
    <name>engage::SecretLineEdit</name>
    <message>
        <source>&amp;Copy the Secret</source>
        <translation>Copier le &amp;secret</translation>
    </message>
    <message>
        <source>Copy the secret (%1); the clipboard is cleared after a while.</source>
        <translation>Copier le secret (%1)&#xa0;; le presse-papiers est vidé au bout d&apos;un moment.</translation>
    </message>
    <message>
        <source>&amp;Hide the Secret</source>
        <translation>&amp;Masquer le secret</translation>
    </message>
    <message>
        <source>S&amp;how the Secret</source>
        <translation>&amp;Voir le secret</translation>
    </message>
    <message>
        <source>Hide the secret (%1).</source>
        <translation>Masquer le secret (%1).</translation>
    </message>
    <message>
        <source>Show the secret (%1).</source>
        <translation>Afficher le secret (%1).</translation>
    </message>
</context>
<context>
    <name>engage::SecureRandom</name>
    <message>
        <source>No secret could be generated: the system&apos;s random number generator failed. Try again.</source>
        <translation>Impossible de générer un secret&#xa0;: le générateur de nombres aléatoires du système a échoué. Réessayez.</translation>
    </message>
</context>
<context>
    <name>engage::ServerCommand</name>
    <message>
        <source>The API base URL: https://ACCOUNT.api.digital.ringcentral.com/1.0, or https://ACCOUNT.api.engagement.dimelo.com/1.0 for older accounts; a bare https://HOST gets /1.0.</source>
        <translation>L&apos;URL de base de l&apos;API&#xa0;: https://ACCOUNT.api.digital.ringcentral.com/1.0, ou https://ACCOUNT.api.engagement.dimelo.com/1.0 pour les comptes plus anciens&#xa0;; un simple https://HOST reçoit /1.0.</translation>
    </message>
    <message>
        <source>The community ID.</source>
        <translation>L&apos;identifiant de la communauté.</translation>
    </message>
    <message>
        <source>Read the API token from this file instead of ENGAGE_API_TOKEN.</source>
        <translation>Lire le jeton d&apos;API dans ce fichier au lieu de ENGAGE_API_TOKEN.</translation>
    </message>
    <message>
        <source>Also trust the certificate authorities in this PEM file.</source>
        <translation>Faire aussi confiance aux autorités de certification de ce fichier PEM.</translation>
    </message>
    <message>
        <source>Request at most N pages of a list at the same time (default 8).</source>
        <translation>Demander au plus N pages d&apos;une liste à la fois (8 par défaut).</translation>
    </message>
    <message>
        <source>Give up an attempt that has not completed within this many seconds, even if the server is still sending (default 30).</source>
        <translation>Abandonner une tentative qui ne s&apos;est pas terminée dans ce nombre de secondes, même si le serveur envoie encore (30 par défaut).</translation>
    </message>
    <message>
        <source>Try a request at most N times when the server is busy or unreachable (default 5); a server limiting the request rate is waited for instead, up to one rate window.</source>
        <translation>Essayer une requête au plus N fois lorsque le serveur est occupé ou injoignable (5 par défaut)&#xa0;; un serveur qui limite le débit des requêtes est attendu à la place, jusqu&apos;à une fenêtre de limitation.</translation>
    </message>
    <message>
        <source>Send at most N requests to the server per rate window (default 500, the limit of the Engage Digital API).</source>
        <translation>Envoyer au plus N requêtes au serveur par fenêtre de limitation (500 par défaut, la limite de l&apos;API Engage Digital).</translation>
    </message>
    <message>
        <source>The rate window in seconds (default 60: the API counts requests per minute).</source>
        <translation>La fenêtre de limitation en secondes (60 par défaut&#xa0;: l&apos;API compte les requêtes par minute).</translation>
    </message>
    <message>
        <source>--server URL is required.</source>
        <translation>--server URL est obligatoire.</translation>
    </message>
    <message>
        <source>--community ID is required.</source>
        <translation>--community ID est obligatoire.</translation>
    </message>
    <message>
        <source>no API token: set ENGAGE_API_TOKEN or pass --token-file FILE.</source>
        <translation>aucun jeton d&apos;API&#xa0;: définissez ENGAGE_API_TOKEN ou passez --token-file FILE.</translation>
    </message>
    <message>
        <source>the API token holds spaces, line breaks or other characters that cannot be sent in an HTTP header.</source>
        <translation>le jeton d&apos;API contient des espaces, des retours à la ligne ou d&apos;autres caractères impossibles à envoyer dans un en-tête HTTP.</translation>
    </message>
    <message>
        <source>%1 is invalid, so it was not pushed and nothing was sent; fix the errors first.</source>
        <translation>%1 n&apos;est pas valide, il n&apos;a donc pas été envoyé et rien n&apos;a été transmis&#xa0;; corrigez d&apos;abord les erreurs.</translation>
    </message>
    <message>
        <source>The community %1 on %2:</source>
        <translation>La communauté %1 sur %2&#xa0;:</translation>
    </message>
    <message>
        <source>No differences: a push would change nothing.</source>
        <translation>Aucune différence&#xa0;: un envoi ne changerait rien.</translation>
    </message>
    <message>
        <source>Changes a push sends to the server:</source>
        <translation>Modifications qu&apos;un envoi transmet au serveur&#xa0;:</translation>
    </message>
    <message>
        <source>Changes made on the server since %1 was pulled, merged into it:</source>
        <translation>Modifications faites sur le serveur depuis la récupération de %1, fusionnées dans celui-ci&#xa0;:</translation>
    </message>
    <message>
        <source>Changed both on the server and in %1 since it was pulled:</source>
        <translation>Modifié à la fois sur le serveur et dans %1 depuis sa récupération&#xa0;:</translation>
    </message>
    <message>
        <source>base:   %1</source>
        <translation>base&#xa0;:    %1</translation>
    </message>
    <message>
        <source>theirs: %1 (the server now)</source>
        <translation>serveur&#xa0;: %1 (le serveur maintenant)</translation>
    </message>
    <message>
        <source>yours:  %1 (the file)</source>
        <translation>fichier&#xa0;: %1 (le fichier)</translation>
    </message>
</context>
<context>
    <name>engage::ServerUrl</name>
    <message>
        <source>&quot;%1&quot; is not a server URL; give one such as https://ACCOUNT.api.digital.ringcentral.com/1.0.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une URL de serveur&#xa0;; indiquez-en une comme https://ACCOUNT.api.digital.ringcentral.com/1.0.</translation>
    </message>
    <message>
        <source>The server URL must start with https://, not &quot;%1://&quot;.</source>
        <translation>L&apos;URL du serveur doit commencer par https://, et non par «&#xa0;%1://&#xa0;».</translation>
    </message>
    <message>
        <source>The server URL may not hold a user name, a password, a query or a fragment; give only the scheme, the host, the port and the path.</source>
        <translation>L&apos;URL du serveur ne peut contenir ni nom d&apos;utilisateur, ni mot de passe, ni requête, ni fragment&#xa0;; indiquez seulement le schéma, l&apos;hôte, le port et le chemin.</translation>
    </message>
    <message>
        <source>The server URL uses plain http:// to %1, which is not this computer: the API token would cross the network unencrypted. Use https://.</source>
        <translation>L&apos;URL du serveur utilise http:// simple vers %1, qui n&apos;est pas cet ordinateur&#xa0;: le jeton d&apos;API traverserait le réseau sans chiffrement. Utilisez https://.</translation>
    </message>
    <message>
        <source>The server URL ends in &quot;%1&quot;, but the Engage Digital API this program speaks is at /1.0: give https://ACCOUNT.api.digital.ringcentral.com/1.0, https://ACCOUNT.api.engagement.dimelo.com/1.0 or the bare host.</source>
        <translation>L&apos;URL du serveur se termine par «&#xa0;%1&#xa0;», mais l&apos;API Engage Digital qu&apos;utilise ce programme se trouve sous /1.0&#xa0;: indiquez https://ACCOUNT.api.digital.ringcentral.com/1.0, https://ACCOUNT.api.engagement.dimelo.com/1.0 ou l&apos;hôte seul.</translation>
    </message>
</context>
<context>
    <name>engage::SettingsChangeText</name>
    <message>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>Require</source>
        <translation>Exiger</translation>
    </message>
    <message>
        <source>%1, no secret or public key</source>
        <translation>%1, sans secret ni clé publique</translation>
    </message>
    <message>
        <source>%1: added, written to %2.</source>
        <translation>%1&#xa0;: ajoutée, écrite dans %2.</translation>
    </message>
    <message>
        <source>%1: removed (it was written to %2).</source>
        <translation>%1&#xa0;: supprimée (elle écrivait dans %2).</translation>
    </message>
    <message>
        <source>%1: added (%2).</source>
        <translation>%1&#xa0;: ajoutée (%2).</translation>
    </message>
    <message>
        <source>%1: removed (%2).</source>
        <translation>%1&#xa0;: supprimée (%2).</translation>
    </message>
    <message>
        <source>%1: secret changed (%2).</source>
        <translation>%1&#xa0;: secret modifié (%2).</translation>
    </message>
    <message>
        <source>%1: public key changed (%2).</source>
        <translation>%1&#xa0;: clé publique modifiée (%2).</translation>
    </message>
    <message>
        <source>%1: secret or public key removed (%2).</source>
        <translation>%1&#xa0;: secret ou clé publique supprimés (%2).</translation>
    </message>
    <message>
        <source>(absent)</source>
        <translation>(absent)</translation>
    </message>
    <message>
        <source>(not known: the sync record was written before records kept what was pulled)</source>
        <translation>(inconnu&#xa0;: l&apos;enregistrement de synchronisation a été écrit avant que ces enregistrements ne conservent ce qui avait été récupéré)</translation>
    </message>
    <message>
        <source> (occurrence %1)</source>
        <translation> (occurrence %1)</translation>
    </message>
    <message>
        <source>Signed identities</source>
        <translation>Identités signées</translation>
    </message>
    <message>
        <source>Mapping order</source>
        <translation>Ordre des correspondances</translation>
    </message>
    <message>
        <source>Mapping `%1`%2</source>
        <translation>Correspondance `%1`%2</translation>
    </message>
    <message>
        <source>JWT key `%1`%2</source>
        <translation>Clé JWT `%1`%2</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1&#xa0;: %2 → %3</translation>
    </message>
</context>
<context>
    <name>engage::SignJwtCommand</name>
    <message>
        <source>Sign a test token for a configured key, for integrators to try against Engage.</source>
        <translation>Signer un jeton de test pour une clé configurée, pour que les intégrateurs l&apos;essaient auprès d&apos;Engage.</translation>
    </message>
    <message>
        <source>The ID of the configured key to sign with.</source>
        <translation>L&apos;identifiant de la clé configurée avec laquelle signer.</translation>
    </message>
    <message>
        <source>RS256: the PEM private key matching the configured public key.</source>
        <translation>RS256&#xa0;: la clé privée PEM qui correspond à la clé publique configurée.</translation>
    </message>
    <message>
        <source>Lifetime in seconds when the payload has no exp (default 7200).</source>
        <translation>Durée de vie en secondes lorsque la charge utile n&apos;a pas de exp (7200 par défaut).</translation>
    </message>
    <message>
        <source>A JSON file holding the payload object; &quot;-&quot; reads standard input.</source>
        <translation>Un fichier JSON contenant l&apos;objet de la charge utile&#xa0;; «&#xa0;-&#xa0;» lit l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>--config FILE and --kid ID are required.</source>
        <translation>--config FILE et --kid ID sont obligatoires.</translation>
    </message>
    <message>
        <source>give exactly one payload file.</source>
        <translation>indiquez exactement un fichier de charge utile.</translation>
    </message>
    <message>
        <source>--ttl takes a whole number of seconds.</source>
        <translation>--ttl prend un nombre entier de secondes.</translation>
    </message>
</context>
<context>
    <name>engage::SignedIdentitiesPage</name>
    <message>
        <source>JWT-signed identities</source>
        <translation>Identités signées par JWT</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>Accep&amp;ter</translation>
    </message>
    <message>
        <source>Both non-signed and JWT-signed identities are taken: flexible, but not recommended in production.</source>
        <translation>Les identités non signées comme les identités signées par JWT sont admises&#xa0;: souple, mais déconseillé en production.</translation>
    </message>
    <message>
        <source>Re&amp;ject (default)</source>
        <translation>&amp;Refuser (par défaut)</translation>
    </message>
    <message>
        <source>Only non-signed identities are taken; JWT-signed identities are refused.</source>
        <translation>Seules les identités non signées sont admises&#xa0;; les identités signées par JWT sont refusées.</translation>
    </message>
    <message>
        <source>Re&amp;quire</source>
        <translation>E&amp;xiger</translation>
    </message>
    <message>
        <source>Only identities signed with a configured JWT key are taken: the strict, secure mode.</source>
        <translation>Seules les identités signées avec une clé JWT configurée sont admises&#xa0;: le mode strict et sûr.</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Vérifications</translation>
    </message>
    <message>
        <source>No problem with this choice.</source>
        <translation>Aucun problème avec ce choix.</translation>
    </message>
</context>
<context>
    <name>engage::SigningCodeCatalogue</name>
    <message>
        <source>It reads the secret from the environment variable %1.</source>
        <translation>Ce code lit le secret dans la variable d&apos;environnement %1.</translation>
    </message>
    <message>
        <source>It reads the private key from the PEM file that the environment variable %1 names.</source>
        <translation>Ce code lit la clé privée dans le fichier PEM que désigne la variable d&apos;environnement %1.</translation>
    </message>
    <message>
        <source>%1 refuses HMAC keys shorter than 256 bits, and Engage&apos;s secrets are 24 characters (192 bits): this code signs with the platform&apos;s own HMAC-SHA256 instead, which gives the same token. An RS256 key avoids the question.</source>
        <translation>%1 refuse les clés HMAC de moins de 256 bits, or les secrets d&apos;Engage font 24 caractères (192 bits)&#xa0;: ce code signe donc avec le HMAC-SHA256 propre à la plateforme, qui donne le même jeton. Une clé RS256 évite la question.</translation>
    </message>
    <message>
        <source>engageSignedIdentity(identity) returns the token; jsonwebtoken adds &quot;iat&quot; and sets &quot;exp&quot; from expiresIn.</source>
        <translation>engageSignedIdentity(identity) renvoie le jeton&#xa0;; jsonwebtoken ajoute «&#xa0;iat&#xa0;» et calcule «&#xa0;exp&#xa0;» à partir de expiresIn.</translation>
    </message>
    <message>
        <source>engage_signed_identity(identity) takes a dict and returns the token.</source>
        <translation>engage_signed_identity(identity) reçoit un dict et renvoie le jeton.</translation>
    </message>
    <message>
        <source>PHP&apos;s hash_hmac (firebase/php-jwt 7 refuses the key)</source>
        <translation>hash_hmac de PHP (firebase/php-jwt 7 refuse la clé)</translation>
    </message>
    <message>
        <source>nothing, PHP&apos;s hash_hmac is built in</source>
        <translation>rien, hash_hmac est intégré à PHP</translation>
    </message>
    <message>
        <source>engage_signed_identity($identity) takes an array and returns the token.</source>
        <translation>engage_signed_identity($identity) reçoit un tableau (array) et renvoie le jeton.</translation>
    </message>
    <message>
        <source>javax.crypto.Mac and Jackson (jjwt refuses the key)</source>
        <translation>javax.crypto.Mac et Jackson (jjwt refuse la clé)</translation>
    </message>
    <message>
        <source>EngageSignedIdentity.sign(identity) takes a Map and returns the token.</source>
        <translation>EngageSignedIdentity.sign(identity) reçoit une Map et renvoie le jeton.</translation>
    </message>
    <message>
        <source>The key file must be PKCS #8 (&quot;BEGIN PRIVATE KEY&quot;); openssl pkcs8 -topk8 -nocrypt converts another.</source>
        <translation>Le fichier de clé doit être au format PKCS #8 («&#xa0;BEGIN PRIVATE KEY&#xa0;»)&#xa0;; openssl pkcs8 -topk8 -nocrypt convertit les autres formats.</translation>
    </message>
    <message>
        <source>HMACSHA256 and Microsoft.IdentityModel.Tokens&apos; Base64UrlEncoder (System.IdentityModel.Tokens.Jwt refuses the key)</source>
        <translation>HMACSHA256 et le Base64UrlEncoder de Microsoft.IdentityModel.Tokens (System.IdentityModel.Tokens.Jwt refuse la clé)</translation>
    </message>
    <message>
        <source>EngageSignedIdentity.Sign(identity) takes a dictionary and returns the token (.NET 6 or later).</source>
        <translation>EngageSignedIdentity.Sign(identity) reçoit un dictionnaire et renvoie le jeton (.NET 6 ou ultérieur).</translation>
    </message>
    <message>
        <source>EngageSignedIdentity(identity) takes a map and returns the token.</source>
        <translation>EngageSignedIdentity(identity) reçoit une map et renvoie le jeton.</translation>
    </message>
    <message>
        <source>engage_signed_identity(identity) takes a Hash with string keys and returns the token.</source>
        <translation>engage_signed_identity(identity) reçoit un Hash à clés de type chaîne et renvoie le jeton.</translation>
    </message>
</context>
<context>
    <name>engage::SourcesCommand</name>
    <message>
        <source>List the content sources of the account, or of one community.</source>
        <translation>Lister les sources de contenu du compte, ou d&apos;une communauté.</translation>
    </message>
    <message>
        <source>this command takes no arguments.</source>
        <translation>cette commande ne prend aucun argument.</translation>
    </message>
    <message>
        <source>web</source>
        <translation>web</translation>
    </message>
    <message>
        <source>iOS</source>
        <translation>iOS</translation>
    </message>
    <message>
        <source>Android</source>
        <translation>Android</translation>
    </message>
    <message>
        <source>(enabled on %1)</source>
        <translation>(activée sur %1)</translation>
    </message>
    <message>
        <source>(inactive)</source>
        <translation>(inactive)</translation>
    </message>
    <message>
        <source>Content sources listed: %1.</source>
        <translation>Sources de contenu listées&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>engage::StartPage</name>
    <message>
        <source>Website chat: a complete configuration with signed identities, an HS256 and an RS256 key, and a mapping.</source>
        <translation>Chat du site web&#xa0;: une configuration complète, avec des identités signées, une clé HS256, une clé RS256 et une correspondance.</translation>
    </message>
    <message>
        <source>Support chat (draft): a configuration with mistakes, to see how they are shown and fixed.</source>
        <translation>Chat d&apos;assistance (brouillon)&#xa0;: une configuration comportant des erreurs, pour voir comment elles sont signalées et corrigées.</translation>
    </message>
    <message>
        <source>Engage Community Admin</source>
        <translation>Engage Community Admin</translation>
    </message>
    <message>
        <source>Open a configuration to edit and check its signed identities, JWT keys and extra values mapping, start a new one, or pull one from a server.</source>
        <translation>Ouvrez une configuration pour modifier et vérifier ses identités signées, ses clés JWT et sa correspondance des valeurs supplémentaires, créez-en une nouvelle ou récupérez-en une depuis un serveur.</translation>
    </message>
    <message>
        <source>&amp;New Configuration</source>
        <translation>Nouvelle &amp;configuration</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ou&amp;vrir…</translation>
    </message>
    <message>
        <source>&amp;Pull from a Server…</source>
        <translation>Récu&amp;pérer depuis un serveur…</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>Fichiers récents</translation>
    </message>
    <message>
        <source>No file was opened yet: the files you open or save are listed here.</source>
        <translation>Aucun fichier n&apos;a encore été ouvert&#xa0;: les fichiers que vous ouvrez ou enregistrez s&apos;affichent ici.</translation>
    </message>
    <message>
        <source>Bundled examples</source>
        <translation>Exemples fournis</translation>
    </message>
    <message>
        <source>&amp;Recent files:</source>
        <translation>Fichiers &amp;récents&#xa0;:</translation>
    </message>
    <message>
        <source>Bundled e&amp;xamples (opened as untitled copies):</source>
        <translation>E&amp;xemples fournis (ouverts comme copies sans titre)&#xa0;:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>engage::SyncPlan</name>
    <message>
        <source>%1 has no sync record for the community %2 on %3 (it was not pulled from there, or was copied without its .sync file), so changes made there since cannot be told apart from the file&apos;s.</source>
        <translation>%1 n&apos;a pas d&apos;enregistrement de synchronisation pour la communauté %2 sur %3 (le fichier n&apos;a pas été récupéré depuis là, ou a été copié sans son fichier .sync)&#xa0;: les modifications faites là-bas depuis ne peuvent donc pas être distinguées de celles du fichier.</translation>
    </message>
    <message>
        <source>%1 was pulled from the community %2 on %3, not from the community %4 on %5, so changes made to %4 since cannot be told apart from the file&apos;s.</source>
        <translation>%1 a été récupéré depuis la communauté %2 sur %3, et non depuis la communauté %4 sur %5&#xa0;: les modifications faites depuis à %4 ne peuvent donc pas être distinguées de celles du fichier.</translation>
    </message>
    <message>
        <source>%1 is the configuration of the community %2, not of the community %3.</source>
        <translation>%1 est la configuration de la communauté %2, et non de la communauté %3.</translation>
    </message>
</context>
<context>
    <name>engage::SyncProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the network action</source>
        <translation>Annuler l&apos;opération réseau</translation>
    </message>
</context>
<context>
    <name>engage::SyncRecord</name>
    <message>
        <source>%1 is not a sync record this program wrote; delete it and pull again.</source>
        <translation>%1 n&apos;est pas un enregistrement de synchronisation écrit par ce programme&#xa0;; supprimez-le et récupérez à nouveau.</translation>
    </message>
</context>
<context>
    <name>engage::SyncSession</name>
    <message>
        <source>there is no D-Bus session bus</source>
        <translation>il n&apos;y a pas de bus de session D-Bus</translation>
    </message>
    <message>
        <source>Enter the API token: it cannot be empty or hold spaces, line breaks or other characters that cannot be sent in an HTTP header.</source>
        <translation>Saisissez le jeton d&apos;API&#xa0;: il ne peut pas être vide ni contenir d&apos;espaces, de retours à la ligne ou d&apos;autres caractères impossibles à envoyer dans un en-tête HTTP.</translation>
    </message>
    <message>
        <source>The token is kept in the system keychain.</source>
        <translation>Le jeton est conservé dans le trousseau du système.</translation>
    </message>
    <message>
        <source>The system keychain cannot be used (%1), so the token is kept for this session only: you will have to enter it again after quitting.</source>
        <translation>Le trousseau du système ne peut pas être utilisé (%1)&#xa0;: le jeton est donc conservé pour cette session seulement, et vous devrez le saisir à nouveau après avoir quitté.</translation>
    </message>
    <message>
        <source>The token will be kept in the system keychain.</source>
        <translation>Le jeton sera conservé dans le trousseau du système.</translation>
    </message>
</context>
<context>
    <name>engage::TableFilter</name>
    <message>
        <source>Filter (Ctrl+F)</source>
        <translation>Filtrer (Ctrl+F)</translation>
    </message>
    <message>
        <source>Shows only the rows that contain this text, in any column.</source>
        <translation>N&apos;affiche que les lignes qui contiennent ce texte, dans n&apos;importe quelle colonne.</translation>
    </message>
</context>
<context>
    <name>engage::TestTokenPayload</name>
    <message>
        <source>The payload</source>
        <translation>La charge utile</translation>
    </message>
</context>
<context>
    <name>engage::TokenLogHtml</name>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Token log report: %1</source>
        <translation>Rapport sur un journal de jetons&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 tokens, %2 accepted, %3 rejected.</source>
        <translation>%1 jetons, %2 acceptés, %3 rejetés.</translation>
    </message>
    <message>
        <source>Conclusions</source>
        <translation>Conclusions</translation>
    </message>
    <message>
        <source>Verdicts per kid (accepted / rejected)</source>
        <translation>Verdicts par kid (acceptés / rejetés)</translation>
    </message>
    <message>
        <source>Accepted and rejected tokens per kid</source>
        <translation>Jetons acceptés et rejetés par kid</translation>
    </message>
    <message>
        <source>kid</source>
        <translation>kid</translation>
    </message>
    <message>
        <source>configured</source>
        <translation>configurée</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>jetons</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>acceptés</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejetés</translation>
    </message>
    <message>
        <source>valid signature</source>
        <translation>signature valide</translation>
    </message>
    <message>
        <source>latest exp</source>
        <translation>exp le plus tardif</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>au plus %1</translation>
    </message>
    <message>
        <source>Tokens naming a key that is not configured: %1. Tokens without a readable kid: %2.</source>
        <translation>Jetons nommant une clé non configurée&#xa0;: %1. Jetons sans kid lisible&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Rejection reasons</source>
        <translation>Motifs de rejet</translation>
    </message>
    <message>
        <source>Rejected tokens by reason</source>
        <translation>Jetons rejetés par motif</translation>
    </message>
    <message>
        <source>hint</source>
        <translation>indice</translation>
    </message>
    <message>
        <source>Token lifetimes (exp - iat)</source>
        <translation>Durées de vie des jetons (exp - iat)</translation>
    </message>
    <message>
        <source>Tokens by lifetime</source>
        <translation>Jetons par durée de vie</translation>
    </message>
    <message>
        <source>Over %1 tokens: minimum %2, median %3, maximum %4. Without iat (lifetime unknown): %5. With exp before iat: %6.</source>
        <translation>Sur %1 jetons&#xa0;: minimum %2, médiane %3, maximum %4. Sans iat (durée de vie inconnue)&#xa0;: %5. Avec exp antérieur à iat&#xa0;: %6.</translation>
    </message>
    <message>
        <source>extra_values keys</source>
        <translation>Clés de extra_values</translation>
    </message>
    <message>
        <source>key</source>
        <translation>clé</translation>
    </message>
    <message>
        <source>mapped</source>
        <translation>en correspondance</translation>
    </message>
    <message>
        <source>Mapped fields filled, of %1 accepted tokens</source>
        <translation>Champs mis en correspondance remplis, sur %1 jetons acceptés</translation>
    </message>
    <message>
        <source>field</source>
        <translation>champ</translation>
    </message>
    <message>
        <source>filled</source>
        <translation>remplis</translation>
    </message>
</context>
<context>
    <name>engage::TokenLogReport</name>
    <message>
        <source>The tokens could not be read to the end: %1.</source>
        <translation>Les jetons n&apos;ont pas pu être lus jusqu&apos;au bout&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The log holds no token: nothing can be concluded from it.</source>
        <translation>Le journal ne contient aucun jeton&#xa0;: on ne peut rien en conclure.</translation>
    </message>
    <message>
        <source>Require would accept %1 % of these identities (%2 of %3 tokens).</source>
        <translation>Le mode require accepterait %1&#xa0;% de ces identités (%2 jetons sur %3).</translation>
    </message>
    <message>
        <source>The configuration is in reject mode: Engage ignores every one of these tokens until signed identities are set to require.</source>
        <translation>La configuration est en mode reject&#xa0;: Engage ignore chacun de ces jetons tant que les identités signées ne sont pas réglées sur require.</translation>
    </message>
    <message>
        <source>The configuration is in accept mode: these tokens get the same verdicts, and visitors without a token are taken as well.</source>
        <translation>La configuration est en mode accept&#xa0;: ces jetons obtiennent les mêmes verdicts, et les visiteurs sans jeton sont également admis.</translation>
    </message>
    <message>
        <source>Key `%1` was not seen in these %2 tokens: it can be removed once you are sure the website no longer uses it; a report over a log of several days that still does not see it shows that.</source>
        <translation>La clé `%1` n&apos;apparaît dans aucun de ces %2 jetons&#xa0;: elle pourra être supprimée dès que vous serez sûr que le site web ne l&apos;utilise plus&#xa0;; un rapport sur un journal de plusieurs jours où elle n&apos;apparaît toujours pas le montre.</translation>
    </message>
    <message>
        <source>Key `%1` is named by %2 % of these tokens, but no signature verifies with it: the website signs with another secret or key (see the hints).</source>
        <translation>La clé `%1` est nommée par %2&#xa0;% de ces jetons, mais aucune signature ne se vérifie avec elle&#xa0;: le site web signe avec un autre secret ou une autre clé (voir les indices).</translation>
    </message>
    <message>
        <source>Key `%1` still signs %2 % of these tokens: keep it.</source>
        <translation>La clé `%1` signe encore %2&#xa0;% de ces jetons&#xa0;: conservez-la.</translation>
    </message>
    <message>
        <source>%1 % of these tokens name a key this configuration does not have (most often `%2`): add that key, or correct the kid the website sends.</source>
        <translation>%1&#xa0;% de ces jetons nomment une clé que cette configuration n&apos;a pas (le plus souvent `%2`)&#xa0;: ajoutez cette clé, ou corrigez le kid qu&apos;envoie le site web.</translation>
    </message>
    <message>
        <source>The most frequent probable cause is %1 (%2 % of these tokens): verify one of them (engagectl verify-jwt, or the JWT workbench) to read what to change.</source>
        <translation>La cause probable la plus fréquente est %1 (%2&#xa0;% de ces jetons)&#xa0;: vérifiez l&apos;un d&apos;eux (engagectl verify-jwt, ou l&apos;Atelier JWT) pour savoir quoi changer.</translation>
    </message>
    <message>
        <source>Half of the tokens whose lifetime is known live %1 s or less: Engage needs an exp at least 3600 s ahead (7200 s recommended), and the website must sign a new token before the old one lapses.</source>
        <translation>La moitié des jetons dont la durée de vie est connue vivent %1&#xa0;s ou moins&#xa0;: Engage exige un exp situé au moins 3600&#xa0;s dans le futur (7200&#xa0;s recommandées), et le site web doit signer un nouveau jeton avant que l&apos;ancien n&apos;expire.</translation>
    </message>
    <message>
        <source>The log names more distinct unknown kids or extra_values keys than the report keeps (%1): their counts are upper bounds, and the rarest are not listed.</source>
        <translation>Le journal nomme plus de kids inconnus ou de clés extra_values distincts que le rapport n&apos;en conserve (%1)&#xa0;: leurs décomptes sont des majorants, et les plus rares ne sont pas listés.</translation>
    </message>
    <message>
        <source>The report was canceled: these figures cover only the part of the log read before.</source>
        <translation>Le rapport a été annulé&#xa0;: ces chiffres ne portent que sur la partie du journal lue avant l&apos;annulation.</translation>
    </message>
    <message>
        <source>Key `%1` is not named exactly by these tokens, but `%2` differs from it only in capitals or white space: the website means this key. Keep it, and correct the kid the website sends.</source>
        <translation>Ces jetons ne nomment pas exactement la clé `%1`, mais `%2` n&apos;en diffère que par les majuscules ou des espaces&#xa0;: le site web désigne cette clé. Conservez-la, et corrigez le kid qu&apos;envoie le site web.</translation>
    </message>
    <message>
        <source>%1 % of these tokens name a key this configuration does not have, and no one kid stands out among them: add the key the website means, or correct the kid it sends.</source>
        <translation>%1&#xa0;% de ces jetons nomment une clé absente de cette configuration, et aucun kid ne se détache parmi eux&#xa0;: ajoutez la clé que le site web désigne, ou corrigez le kid qu&apos;il envoie.</translation>
    </message>
</context>
<context>
    <name>engage::TokenLogReportWindow</name>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>&amp;Run Report</source>
        <translation>&amp;Lancer le rapport</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Save as HTML…</source>
        <translation>&amp;Enregistrer en HTML…</translation>
    </message>
    <message>
        <source>Token Log Report</source>
        <translation>Rapport sur un journal de jetons</translation>
    </message>
    <message>
        <source>Token log file</source>
        <translation>Fichier journal de jetons</translation>
    </message>
    <message>
        <source>A file of captured tokens, one per line</source>
        <translation>Un fichier de jetons capturés, un par ligne</translation>
    </message>
    <message>
        <source>Choose the token log file</source>
        <translation>Choisir le fichier journal de jetons</translation>
    </message>
    <message>
        <source>Report progress</source>
        <translation>Progression du rapport</translation>
    </message>
    <message>
        <source>Cancel the report</source>
        <translation>Annuler le rapport</translation>
    </message>
    <message>
        <source>Choose a log of captured tokens, one per line, then run the report: it checks every token against this configuration.</source>
        <translation>Choisissez un journal de jetons capturés, un par ligne, puis lancez le rapport&#xa0;: il vérifie chaque jeton par rapport à cette configuration.</translation>
    </message>
    <message>
        <source>Tokens by key</source>
        <translation>Jetons par clé</translation>
    </message>
    <message>
        <source>Key ID</source>
        <translation>Identifiant de clé</translation>
    </message>
    <message>
        <source>Configured</source>
        <translation>Configurée</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptés</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejetés</translation>
    </message>
    <message>
        <source>Valid signature</source>
        <translation>Signature valide</translation>
    </message>
    <message>
        <source>Latest exp</source>
        <translation>Exp le plus tardif</translation>
    </message>
    <message>
        <source>Rejected tokens by reason</source>
        <translation>Jetons rejetés par motif</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Hints</source>
        <translation>Indices</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Indice</translation>
    </message>
    <message>
        <source>Extra values keys</source>
        <translation>Clés des valeurs supplémentaires</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Mapped</source>
        <translation>En correspondance</translation>
    </message>
    <message>
        <source>Mapped fields filled</source>
        <translation>Champs mis en correspondance remplis</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Filled</source>
        <translation>Remplis</translation>
    </message>
    <message>
        <source>Verdicts per key</source>
        <translation>Verdicts par clé</translation>
    </message>
    <message>
        <source>Rejection reasons</source>
        <translation>Motifs de rejet</translation>
    </message>
    <message>
        <source>Token lifetimes (exp - iat)</source>
        <translation>Durées de vie des jetons (exp - iat)</translation>
    </message>
    <message>
        <source>Report details</source>
        <translation>Détails du rapport</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>&amp;Graphiques</translation>
    </message>
    <message>
        <source>&amp;Keys</source>
        <translation>Clé&amp;s</translation>
    </message>
    <message>
        <source>R&amp;easons</source>
        <translation>&amp;Motifs</translation>
    </message>
    <message>
        <source>H&amp;ints</source>
        <translation>&amp;Indices</translation>
    </message>
    <message>
        <source>E&amp;xtra Values</source>
        <translation>&amp;Valeurs supplémentaires</translation>
    </message>
    <message>
        <source>&amp;Mapped Fields</source>
        <translation>C&amp;hamps mis en correspondance</translation>
    </message>
    <message>
        <source>Token &amp;log:</source>
        <translation>&amp;Journal de jetons&#xa0;:</translation>
    </message>
    <message>
        <source>Choose a Token Log</source>
        <translation>Choisir un journal de jetons</translation>
    </message>
    <message>
        <source>Token logs (*.txt *.log);;All files (*)</source>
        <translation>Journaux de jetons (*.txt *.log);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose the token log to read first.</source>
        <translation>Choisissez d&apos;abord le journal de jetons à lire.</translation>
    </message>
    <message>
        <source>Reading &quot;%1&quot;…</source>
        <translation>Lecture de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>Canceling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>The report was canceled before the end of the log, so nothing is shown. Run it again to read the whole log.</source>
        <translation>Le rapport a été annulé avant la fin du journal&#xa0;: rien n&apos;est donc affiché. Relancez-le pour lire tout le journal.</translation>
    </message>
    <message numerus="yes">
        <source>Read %n token(s) against the configuration as it is now.</source>
        <translation>
            <numerusform>%n jeton lu et vérifié par rapport à la configuration actuelle.</numerusform>
            <numerusform>%n jetons lus et vérifiés par rapport à la configuration actuelle.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 tokens: %2 accepted, %3 rejected; %4 naming a key that is not configured, %5 without a readable kid.</source>
        <translation>%1 jetons&#xa0;: %2 acceptés, %3 rejetés&#xa0;; %4 nommant une clé non configurée, %5 sans kid lisible.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>au plus %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>acceptés</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejetés</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>jetons</translation>
    </message>
    <message>
        <source>Over %1 tokens with exp and iat: minimum %2, median %3%4, maximum %5. Without iat (lifetime unknown): %6. With exp before iat (left out): %7.</source>
        <translation>Sur %1 jetons avec exp et iat&#xa0;: minimum %2, médiane %3%4, maximum %5. Sans iat (durée de vie inconnue)&#xa0;: %6. Avec exp antérieur à iat (écartés)&#xa0;: %7.</translation>
    </message>
    <message>
        <source> (approximate)</source>
        <translation> (approximative)</translation>
    </message>
    <message>
        <source>Save the Report as HTML</source>
        <translation>Enregistrer le rapport en HTML</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>Pages web (*.html)</translation>
    </message>
    <message>
        <source>The report was saved as &quot;%1&quot;.</source>
        <translation>Le rapport a été enregistré sous «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Li&amp;fetimes</source>
        <translation>&amp;Durées de vie</translation>
    </message>
    <message numerus="yes">
        <source>Read %n token(s) against the configuration as it was when the report started; it has been edited since, so run the report again to check the log against the edits.</source>
        <translation>
            <numerusform>%n jeton lu et vérifié par rapport à la configuration telle qu&apos;elle était au lancement du rapport&#xa0;; elle a été modifiée depuis&#xa0;: relancez le rapport pour vérifier le journal avec ces modifications.</numerusform>
            <numerusform>%n jetons lus et vérifiés par rapport à la configuration telle qu&apos;elle était au lancement du rapport&#xa0;; elle a été modifiée depuis&#xa0;: relancez le rapport pour vérifier le journal avec ces modifications.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>engage::TokenLogText</name>
    <message>
        <source>%1 h</source>
        <translation>%1&#xa0;h</translation>
    </message>
    <message>
        <source>%1 UTC (%2)</source>
        <translation>%1 UTC (%2)</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1&#xa0;s</translation>
    </message>
    <message>
        <source>under %1</source>
        <translation>moins de %1</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translation>%1 ou plus</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>Token log report: %1 tokens, %2 accepted, %3 rejected.</source>
        <translation>Rapport sur un journal de jetons&#xa0;: %1 jetons, %2 acceptés, %3 rejetés.</translation>
    </message>
    <message>
        <source>Canceled: only the first %1 bytes of the log were read.</source>
        <translation>Annulé&#xa0;: seuls les %1 premiers octets du journal ont été lus.</translation>
    </message>
    <message>
        <source>Rejected tokens by reason:</source>
        <translation>Jetons rejetés par motif&#xa0;:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Hints (a token may have several):</source>
        <translation>Indices (un jeton peut en avoir plusieurs)&#xa0;:</translation>
    </message>
    <message>
        <source>Tokens by kid:</source>
        <translation>Jetons par kid&#xa0;:</translation>
    </message>
    <message>
        <source>configured</source>
        <translation>configurée</translation>
    </message>
    <message>
        <source>not configured</source>
        <translation>non configurée</translation>
    </message>
    <message>
        <source>tokens %1, accepted %2, rejected %3</source>
        <translation>jetons %1, acceptés %2, rejetés %3</translation>
    </message>
    <message>
        <source>tokens at most %1, all rejected</source>
        <translation>jetons au plus %1, tous rejetés</translation>
    </message>
    <message>
        <source>valid signature %1</source>
        <translation>signature valide %1</translation>
    </message>
    <message>
        <source>latest exp: %1</source>
        <translation>exp le plus tardif&#xa0;: %1</translation>
    </message>
    <message>
        <source>Tokens naming a key that is not configured: %1</source>
        <translation>Jetons nommant une clé non configurée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Tokens without a readable kid: %1</source>
        <translation>Jetons sans kid lisible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Approximate: more distinct unknown kids than the %1 kept; their counts are upper bounds.</source>
        <translation>Approximatif&#xa0;: plus de kids inconnus distincts que les %1 conservés&#xa0;; leurs décomptes sont des majorants.</translation>
    </message>
    <message>
        <source>Token lifetimes (exp - iat), over %1 tokens:</source>
        <translation>Durées de vie des jetons (exp - iat), sur %1 jetons&#xa0;:</translation>
    </message>
    <message>
        <source>minimum %1, median %2%3, maximum %4</source>
        <translation>minimum %1, médiane %2%3, maximum %4</translation>
    </message>
    <message>
        <source> (approximate, within 0.4 %)</source>
        <translation> (approximative, à 0,4&#xa0;% près)</translation>
    </message>
    <message>
        <source>Without iat (lifetime unknown): %1</source>
        <translation>Sans iat (durée de vie inconnue)&#xa0;: %1</translation>
    </message>
    <message>
        <source>With exp before iat (left out): %1</source>
        <translation>Avec exp antérieur à iat (écartés)&#xa0;: %1</translation>
    </message>
    <message>
        <source>extra_values keys:</source>
        <translation>Clés de extra_values&#xa0;:</translation>
    </message>
    <message>
        <source>mapped</source>
        <translation>en correspondance</translation>
    </message>
    <message>
        <source>not mapped</source>
        <translation>sans correspondance</translation>
    </message>
    <message>
        <source>tokens %1</source>
        <translation>jetons %1</translation>
    </message>
    <message>
        <source>tokens at most %1</source>
        <translation>jetons au plus %1</translation>
    </message>
    <message>
        <source>Approximate: more distinct unmapped keys than the %1 kept; their counts are upper bounds.</source>
        <translation>Approximatif&#xa0;: plus de clés distinctes sans correspondance que les %1 conservées&#xa0;; leurs décomptes sont des majorants.</translation>
    </message>
    <message>
        <source>Mapped fields filled, of %1 accepted tokens:</source>
        <translation>Champs mis en correspondance remplis, sur %1 jetons acceptés&#xa0;:</translation>
    </message>
    <message>
        <source>none: the configuration maps nothing</source>
        <translation>aucun&#xa0;: la configuration ne met rien en correspondance</translation>
    </message>
    <message>
        <source>Conclusions:</source>
        <translation>Conclusions&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (%2): %3; %4</source>
        <translation>%1 (%2)&#xa0;: %3&#xa0;; %4</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 -&gt; %2: %3</source>
        <translation>%1 -&gt; %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>engage::TokenTimes</name>
    <message>
        <source>Expires (exp): %1 local time, %2 UTC — expired %3 ago.</source>
        <translation>Expiration (exp)&#xa0;: %1 heure locale, %2 UTC — expiré depuis %3.</translation>
    </message>
    <message>
        <source>Expires (exp): %1 local time, %2 UTC — in %3.</source>
        <translation>Expiration (exp)&#xa0;: %1 heure locale, %2 UTC — dans %3.</translation>
    </message>
    <message>
        <source>Issued (iat): %1 local time, %2 UTC — %3 ago.</source>
        <translation>Émission (iat)&#xa0;: %1 heure locale, %2 UTC — il y a %3.</translation>
    </message>
    <message>
        <source>Issued (iat): %1 local time, %2 UTC — in %3, in the future.</source>
        <translation>Émission (iat)&#xa0;: %1 heure locale, %2 UTC — dans %3, dans le futur.</translation>
    </message>
    <message>
        <source>Valid from (nbf): %1 local time, %2 UTC — %3 ago.</source>
        <translation>Valide à partir de (nbf)&#xa0;: %1 heure locale, %2 UTC — depuis %3.</translation>
    </message>
    <message>
        <source>Valid from (nbf): %1 local time, %2 UTC — in %3, not yet valid.</source>
        <translation>Valide à partir de (nbf)&#xa0;: %1 heure locale, %2 UTC — dans %3, pas encore valide.</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1&#xa0;j %2&#xa0;h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1&#xa0;j</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1&#xa0;h %2&#xa0;min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1&#xa0;h</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1&#xa0;min</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1&#xa0;s</translation>
    </message>
</context>
<context>
    <name>engage::ValidateCommand</name>
    <message>
        <source>Validate configuration files offline; exit 1 when any is invalid.</source>
        <translation>Valider des fichiers de configuration hors ligne&#xa0;; code de sortie 1 si l&apos;un d&apos;eux n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>Count warnings as failures too.</source>
        <translation>Compter aussi les avertissements comme des échecs.</translation>
    </message>
    <message>
        <source>Configuration files; &quot;-&quot; reads standard input.</source>
        <translation>Fichiers de configuration&#xa0;; «&#xa0;-&#xa0;» lit l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>no file given.</source>
        <translation>aucun fichier indiqué.</translation>
    </message>
    <message>
        <source>%1: valid (%2, %3)</source>
        <translation>%1&#xa0;: valide (%2, %3)</translation>
    </message>
    <message>
        <source>%1: invalid (%2, %3)</source>
        <translation>%1&#xa0;: non valide (%2, %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>engage::VerdictOutput</name>
    <message>
        <source>No mapped field.</source>
        <translation>Aucun champ mis en correspondance.</translation>
    </message>
    <message>
        <source>Mapped fields:</source>
        <translation>Champs mis en correspondance&#xa0;:</translation>
    </message>
    <message>
        <source>Accepted: the signed identity is valid.</source>
        <translation>Accepté&#xa0;: l&apos;identité signée est valide.</translation>
    </message>
    <message>
        <source>Rejected (%1): %2</source>
        <translation>Rejeté (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Key ID: %1</source>
        <translation>Identifiant de clé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Algorithm: %1</source>
        <translation>Algorithme&#xa0;: %1</translation>
    </message>
    <message>
        <source>Header: %1</source>
        <translation>En-tête&#xa0;: %1</translation>
    </message>
    <message>
        <source>Payload: %1</source>
        <translation>Charge utile&#xa0;: %1</translation>
    </message>
    <message>
        <source>Accepted: the non-signed identity is taken in this mode.</source>
        <translation>Accepté&#xa0;: l&apos;identité non signée est acceptée dans ce mode.</translation>
    </message>
    <message>
        <source>hint: %1</source>
        <translation>indice&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>engage::VerifyJwtCommand</name>
    <message>
        <source>Verify signed identities (JWT) as Engage would; exit 1 when one is rejected.</source>
        <translation>Vérifier des identités signées (JWT) comme Engage le ferait&#xa0;; code de sortie 1 si l&apos;une est rejetée.</translation>
    </message>
    <message>
        <source>Verify one token per line of FILE (&quot;-&quot;: standard input) and print one JSON verdict per line, in input order.</source>
        <translation>Vérifier un jeton par ligne de FILE («&#xa0;-&#xa0;»&#xa0;: entrée standard) et afficher un verdict JSON par ligne, dans l&apos;ordre de l&apos;entrée.</translation>
    </message>
    <message>
        <source>Worker threads for --batch (default: one per core).</source>
        <translation>Fils de travail pour --batch (par défaut&#xa0;: un par cœur).</translation>
    </message>
    <message>
        <source>The token, or &quot;-&quot; to read it from standard input.</source>
        <translation>Le jeton, ou «&#xa0;-&#xa0;» pour le lire sur l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>--config FILE is required.</source>
        <translation>--config FILE est obligatoire.</translation>
    </message>
    <message>
        <source>give one token, &quot;-&quot;, or --batch FILE.</source>
        <translation>indiquez un jeton, «&#xa0;-&#xa0;», ou --batch FILE.</translation>
    </message>
    <message>
        <source>--threads applies to --batch only; one token is verified on one thread.</source>
        <translation>--threads ne s&apos;applique qu&apos;à --batch&#xa0;; un seul jeton est vérifié sur un seul fil d&apos;exécution.</translation>
    </message>
</context>
<context>
    <name>engage::prompts</name>
    <message>
        <source>Engage configuration (*.json);;All files (*)</source>
        <translation>Configuration Engage (*.json);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>engagectl</name>
    <message>
        <source>Usage: engagectl COMMAND [options] [arguments]</source>
        <translation>Utilisation&#xa0;: engagectl COMMANDE [options] [arguments]</translation>
    </message>
    <message>
        <source>Administer RingCentral Engage Messaging communities from scripts and CI pipelines.</source>
        <translation>Administrer les communautés RingCentral Engage Messaging depuis des scripts et des chaînes d&apos;intégration continue.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <source>Run &quot;engagectl COMMAND --help&quot; for a command&apos;s options.</source>
        <translation>Lancez «&#xa0;engagectl COMMANDE --help&#xa0;» pour connaître les options d&apos;une commande.</translation>
    </message>
    <message>
        <source>engagectl: unknown command &quot;%1&quot;.</source>
        <translation>engagectl&#xa0;: commande inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>engagectl: argument %1 (%2) is not UTF-8 text; engagectl takes file names in UTF-8 only. Rename the file, or pass it as &quot;-&quot; on standard input.</source>
        <translation>engagectl&#xa0;: l&apos;argument %1 (%2) n&apos;est pas du texte UTF-8&#xa0;; engagectl ne prend que des noms de fichiers en UTF-8. Renommez le fichier, ou passez-le sous la forme «&#xa0;-&#xa0;» sur l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>engagectl: %1</source>
        <translation>engagectl&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>engage-admin: no translation for &quot;%1&quot;; the application stays in English.</source>
        <translation>engage-admin&#xa0;: aucune traduction pour «&#xa0;%1&#xa0;»&#xa0;; l&apos;application reste en anglais.</translation>
    </message>
    <message>
        <source>Engage Community Admin</source>
        <translation>Engage Community Admin</translation>
    </message>
    <message>
        <source>Edit and check the signed identities, JWT keys and extra values mapping of RingCentral Engage Messaging communities.</source>
        <translation>Modifier et vérifier les identités signées, les clés JWT et la correspondance des valeurs supplémentaires des communautés RingCentral Engage Messaging.</translation>
    </message>
    <message>
        <source>A configuration file to open.</source>
        <translation>Fichier de configuration à ouvrir.</translation>
    </message>
    <message>
        <source>The language of the interface, such as &quot;fr&quot; or &quot;en&quot;; by default the system&apos;s.</source>
        <translation>La langue de l&apos;interface, comme «&#xa0;fr&#xa0;» ou «&#xa0;en&#xa0;»&#xa0;; par défaut celle du système.</translation>
    </message>
</context>
</TS>
