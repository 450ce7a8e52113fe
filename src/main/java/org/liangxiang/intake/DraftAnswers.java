package org.liangxiang.intake;

import java.util.List;
import org.liangxiang.guide.RequiredMaterial;

/**
 * What an application in the making says so far, for the form pages to show again to whoever is filling it in: the
 * person, submitter and payee as given (opened: never log them, never put them in events), and the materials the guide
 * asks for with these answers.
 *
 * @param payee null while no payee account is given
 */
public record DraftAnswers(
        SubmittedApplication application,
        PersonDetails person,
        SubmitterDetails submitter,
        PayeeDetails payee,
        List<RequiredMaterial> requiredMaterials) {

    @Override
    public String toString() {
        return "DraftAnswers[" + application.id() + "]";
    }
}
