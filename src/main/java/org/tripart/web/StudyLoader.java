package org.tripart.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.tripart.ErrorCode;
import org.tripart.TripartException;
import org.tripart.dataset.Dataset;
import org.tripart.fieldwork.Tokens;
import org.tripart.store.Institution;
import org.tripart.store.NewInvitation;
import org.tripart.store.ResponseKey;
import org.tripart.store.Store;
import org.tripart.store.StoredStudy;
import org.tripart.study.Study;
import org.tripart.study.StudyData;
import org.tripart.study.StudyGroup;
import org.tripart.study.SyntheticRegisters;
import org.tripart.synth.Invitation;
import org.tripart.synth.SynthesisResult;

/**
 * Loads the bundled study into a store: the study row, each group's instrument as its YAML source,
 * the SYNTHETIC registers of hospitals, research institutions and companies and, for the
 * demonstration, SYNTHETIC invitations with their submitted answers. Everything synthetic is
 * marked: ids and batches start with {@code SYNTHETIC-} (organisations {@code SYN-}), hospitals are
 * of type {@code hospital (SYNTHETIC)}, the other organisations' types end in {@code (SYNTHETIC)}.
 * Not thread-safe; run once at startup.
 */
final class StudyLoader {
  static final String SYNTHETIC_TYPE = "hospital (SYNTHETIC)";

  private StudyLoader() {}

  /** Loads the study into the store unless it is already there; true when it was loaded. */
  static boolean loadStudy(Store store, Study study, StudyData data) {
    if (store.study(study.id()).isPresent()) {
      loadMissingRegisters(store, study, data);
      return false;
    }
    ObjectNode title = Answers.JSON.createObjectNode();
    study.title().texts().forEach(title::put);
    store.createStudy(study.id(), title.toString(), initialThreshold(study));
    for (StudyGroup g : study.groups()) {
      var instrument = g.instrument();
      store.addInstrument(
          study.id(), g.id(), instrument.id(), instrument.version(), yamlSource(instrument));
    }
    List<Institution> register = new ArrayList<>();
    for (SynthesisResult r : data.groups().values()) {
      for (var i : r.register()) {
        if (i.provinceCode() != null && i.tier() != null) {
          register.add(
              new Institution(i.id(), i.name(), i.provinceCode(), i.tier(), SYNTHETIC_TYPE));
        }
      }
    }
    if (!register.isEmpty()) {
      store.importInstitutions(study.id(), register);
    }
    loadMissingRegisters(store, study, data);
    return true;
  }

  /**
   * Adds the study's SYNTHETIC research institution and company registers ({@link
   * SyntheticRegisters}), each sector only when the store holds none of its organisations: a store
   * loaded before these registers existed gets them, and a register a researcher imported is left
   * as it is.
   *
   * @return the number of organisations added
   */
  static int loadMissingRegisters(Store store, Study study, StudyData data) {
    Set<String> present = new HashSet<>();
    for (Institution i : store.institutions(study.id())) {
      present.add(i.sector());
    }
    List<Institution> missing = new ArrayList<>();
    for (org.tripart.fieldwork.Institution i : SyntheticRegisters.generate(data)) {
      if (!present.contains(i.sector().fileName())) {
        missing.add(
            new Institution(
                i.id(),
                i.name(),
                i.provinceCode(),
                i.tier().fileName(),
                i.type(),
                i.sector().fileName(),
                i.names().texts()));
      }
    }
    return missing.isEmpty() ? 0 : store.importInstitutions(study.id(), missing);
  }

  /**
   * Stores the SYNTHETIC invitations of every group and the submitted answers of the completed
   * ones, with the partners each named in its rosters (the SYNTHETIC network), unless they are
   * already stored, each with the version of the instrument its answers were synthesised under.
   *
   * @return the number of responses stored
   */
  static int loadDemoResponses(Store store, Study study, StudyData data) {
    int stored = 0;
    for (Map.Entry<String, SynthesisResult> e : data.groups().entrySet()) {
      String group = e.getKey();
      SynthesisResult r = e.getValue();
      String batch = "SYNTHETIC-demo-" + group;
      if (r.invitations().isEmpty()
          || store.invitation(invitationId(group, r.invitations().get(0))).isPresent()) {
        continue;
      }
      boolean hasRegister = !r.register().isEmpty();
      List<NewInvitation> invitations = new ArrayList<>();
      for (Invitation i : r.invitations()) {
        invitations.add(
            new NewInvitation(
                invitationId(group, i),
                hasRegister ? i.institutionId() : null,
                Tokens.hash(Tokens.generate()),
                null));
      }
      store.createInvitations(study.id(), group, batch, invitations);
      Dataset dataset = r.dataset();
      Map<String, Integer> rows = new HashMap<>();
      for (int row = 0; row < dataset.size(); row++) {
        rows.put(dataset.respondentIds().get(row), row);
      }
      List<CompletableFuture<?>> pending = new ArrayList<>();
      for (Invitation i : r.invitations()) {
        Integer row = i.respondentId() == null ? null : rows.get(i.respondentId());
        if (Invitation.COMPLETE.equals(i.disposition()) && row != null) {
          pending.add(
              store.submitAsync(
                  ResponseKey.invitation(invitationId(group, i)),
                  Answers.rowToJson(dataset, row, r.ties().partnersOf(i.respondentId())),
                  dataset.instrument().version(),
                  "SYNTHETIC-" + i.id()));
        }
      }
      CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).join();
      stored += pending.size();
    }
    return stored;
  }

  static String invitationId(String group, Invitation i) {
    return "SYNTHETIC-" + group + "-" + i.id();
  }

  /**
   * A new invitation of the demonstration to the group, with a fresh token; returns the clear
   * token. Its id starts with {@code SYNTHETIC-}: whatever a newcomer answers through it is
   * demonstration input, counted with the synthetic data, never as collected.
   */
  static String freshInvitation(Store store, String study, String group, String institutionId) {
    String token = Tokens.generate();
    String id =
        "SYNTHETIC-demo-"
            + Long.toString(Instant.now().toEpochMilli(), 36)
            + "-"
            + token.substring(0, 6);
    store.createInvitations(
        study, group, id, List.of(new NewInvitation(id, institutionId, Tokens.hash(token), null)));
    return token;
  }

  /**
   * The study's initial disclosure threshold: {@code suppression_threshold} of its {@code
   * study.yaml} when given, else {@link StoredStudy#DEFAULT_THRESHOLD}. Owners change it later over
   * the API; the file is read only when the study is first loaded.
   *
   * @throws TripartException when the value is not a whole number from 1 to 100
   */
  static int initialThreshold(Study study) {
    String resource = study.resourceDir() + "study.yaml";
    Object root;
    try (Reader in = study.open("study.yaml")) {
      root = new Load(LoadSettings.builder().setLabel(resource).build()).loadFromReader(in);
    } catch (IOException | RuntimeException e) {
      throw new TripartException(ErrorCode.YAML_SYNTAX, resource, "cannot be read: " + e);
    }
    return threshold(root, resource);
  }

  /** The {@code suppression_threshold} of a study file's parsed root, or the default. */
  static int threshold(Object root, String where) {
    Object value = root instanceof Map<?, ?> m ? m.get("suppression_threshold") : null;
    if (value == null) {
      return StoredStudy.DEFAULT_THRESHOLD;
    }
    if (!(value instanceof Integer || value instanceof Long)
        || !StoredStudy.isThreshold(((Number) value).intValue())) {
      throw new TripartException(
          ErrorCode.INSTRUMENT_STRUCTURE,
          where,
          "'suppression_threshold' must be a whole number from "
              + StoredStudy.MIN_THRESHOLD
              + " to "
              + StoredStudy.MAX_THRESHOLD
              + ", not "
              + value);
    }
    return ((Number) value).intValue();
  }

  private static String yamlSource(org.tripart.instrument.Instrument instrument) {
    String resource = instrument.source();
    try (InputStream in = StudyLoader.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new TripartException(ErrorCode.IO, resource, "bundled instrument not found");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new TripartException(ErrorCode.IO, resource, "cannot read the bundled instrument");
    }
  }
}
