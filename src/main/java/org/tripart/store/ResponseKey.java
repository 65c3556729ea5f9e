package org.tripart.store;

/**
 * Which response a draft or submission belongs to: the response to an invitation, or an open-link
 * response identified by a client key that the respondent's browser keeps. Each key names at most
 * one stored response.
 */
public sealed interface ResponseKey permits ResponseKey.Invited, ResponseKey.OpenLink {

  /** The response to invitation {@code invitationId} (never null). */
  record Invited(String invitationId) implements ResponseKey {}

  /**
   * An open-link response to the study group's questionnaire. {@code clientKey} is unique in the
   * whole store; all fields are never null.
   */
  record OpenLink(String study, String group, String clientKey) implements ResponseKey {}

  static ResponseKey invitation(String invitationId) {
    return new Invited(invitationId);
  }

  static ResponseKey openLink(String study, String group, String clientKey) {
    return new OpenLink(study, group, clientKey);
  }
}
