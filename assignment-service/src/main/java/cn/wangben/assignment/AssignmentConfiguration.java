package cn.wangben.assignment;

import cn.wangben.assignment.cutoff.ExtensionDesk;
import cn.wangben.assignment.cutoff.TeacherCutoffs;
import cn.wangben.assignment.document.ArchiveLimits;
import cn.wangben.assignment.document.DocumentInspector;
import cn.wangben.assignment.material.MaterialDesk;
import cn.wangben.assignment.material.MaterialStore;
import cn.wangben.assignment.material.Materials;
import cn.wangben.assignment.missing.MissingEssaySweep;
import cn.wangben.assignment.missing.SweptModules;
import cn.wangben.assignment.module.ModuleDesk;
import cn.wangben.assignment.module.OnlineModules;
import cn.wangben.assignment.programme.KnownProgrammes;
import cn.wangben.assignment.schoolwork.ApprovedPlans;
import cn.wangben.assignment.schoolwork.SchoolAssignmentDesk;
import cn.wangben.assignment.submission.EssayStore;
import cn.wangben.assignment.submission.ReceiptDesk;
import cn.wangben.assignment.submission.SubmissionDesk;
import cn.wangben.assignment.submission.Submissions;
import cn.wangben.assignment.trainee.Trainees;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the Spring-free use cases to their adapters; the settings are in {@link AssignmentProperties}. */
@Configuration(proxyBeanMethods = false)
class AssignmentConfiguration {

    @Bean
    ModuleDesk moduleDesk(OnlineModules modules, KnownProgrammes programmes, Clock clock) {
        return new ModuleDesk(modules, programmes, clock);
    }

    @Bean
    SchoolAssignmentDesk schoolAssignmentDesk(ApprovedPlans plans, KnownProgrammes programmes, OnlineModules modules) {
        return new SchoolAssignmentDesk(plans, programmes, modules);
    }

    @Bean
    DocumentInspector documentInspector(AssignmentProperties.DocumentProperties documents) {
        return new DocumentInspector(new ArchiveLimits(
                documents.maxZipEntries(), documents.maxUnzippedSize().toBytes(), documents.maxCompressionRatio()));
    }

    @Bean
    SubmissionDesk submissionDesk(
            OnlineModules modules,
            Submissions submissions,
            EssayStore store,
            TeacherCutoffs cutoffs,
            DocumentInspector inspector,
            Clock clock,
            AssignmentProperties.EssayProperties essays) {
        var limits = new SubmissionDesk.EssayLimits(
                essays.maxTextCharacters(), essays.maxFileSize().toBytes());
        return new SubmissionDesk(modules, submissions, store, cutoffs, inspector, clock, limits);
    }

    @Bean
    ReceiptDesk receiptDesk(OnlineModules modules, Submissions submissions, EssayStore store, TeacherCutoffs cutoffs) {
        return new ReceiptDesk(modules, submissions, store, cutoffs);
    }

    @Bean
    ExtensionDesk extensionDesk(OnlineModules modules, Trainees trainees, TeacherCutoffs cutoffs, Clock clock) {
        return new ExtensionDesk(modules, trainees, cutoffs, clock);
    }

    @Bean
    MissingEssaySweep missingEssaySweep(
            OnlineModules modules,
            Trainees trainees,
            Submissions submissions,
            TeacherCutoffs cutoffs,
            SweptModules swept,
            AssignmentProperties.MissingEssayProperties missing) {
        return new MissingEssaySweep(modules, trainees, submissions, cutoffs, swept, missing.settle());
    }

    @Bean
    MaterialDesk materialDesk(
            OnlineModules modules,
            Materials materials,
            MaterialStore store,
            DocumentInspector inspector,
            Clock clock,
            AssignmentProperties.MaterialProperties properties) {
        var limits = new MaterialDesk.Limits(properties.maxFileSize().toBytes(), properties.downloadLinkExpiry());
        return new MaterialDesk(modules, materials, store, inspector, clock, limits);
    }
}
