package cn.xietong.platform;

import cn.xietong.audit.application.AuditLog;
import cn.xietong.audit.model.AuditEvent;
import cn.xietong.identity.application.AccountService;
import cn.xietong.organisation.infrastructure.DemoOrganisation;
import cn.xietong.organisation.infrastructure.DemoOrganisationLoader;
import cn.xietong.organisation.infrastructure.DemoPerson;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import java.util.List;
import java.util.logging.Logger;

/**
 * On the first start (no units yet) loads the demo organisation and gives every demo person a
 * sign-in with the password {@value #DEMO_PASSWORD}. Does nothing on later starts, or when
 * {@code XIETONG_DEMO_DATA=false}; only some of its units with {@code XIETONG_DEMO_UNITS} (two platforms
 * on one machine). All in one transaction: half a demo never stays behind.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class DemoDataStartup {

    public static final String DEMO_PASSWORD = "Xietong@2026";
    private static final Logger LOG = Logger.getLogger(DemoDataStartup.class.getName());

    @Inject
    private DemoOrganisationLoader loader;

    @Inject
    private AccountService accounts;

    @Inject
    private AuditLog audit;

    @PostConstruct
    void loadOnFirstStart() {
        if (!PlatformSettings.loadDemoData()) {
            return;
        }
        List<DemoPerson> people = loader.loadIfEmpty(DemoOrganisation.units(PlatformSettings.demoUnits()));
        if (people.isEmpty()) {
            return;
        }
        accounts.createAccounts(people.stream().map(DemoPerson::personId).toList(), DEMO_PASSWORD);
        audit.record(AuditEvent.of("platform.demo-data.loaded").detail(people.size() + " people with sign-ins"));
        LOG.info(() -> "Demo organisation loaded: " + people.size() + " people, password " + DEMO_PASSWORD);
    }
}
