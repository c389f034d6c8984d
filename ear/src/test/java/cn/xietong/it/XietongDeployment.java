package cn.xietong.it;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

import java.io.File;

/**
 * The deployment every integration test uses: the real EAR the build just packaged, deployed
 * unchanged, tested from outside over HTTP ({@code @Deployment(testable = false)}).
 */
public final class XietongDeployment {

    private XietongDeployment() {
    }

    public static EnterpriseArchive ear() {
        TestDatabase.dropOldRunSchemas();
        File ear = new File(System.getProperty("xietong.ear", "target/xietong.ear"));
        if (!ear.isFile()) {
            throw new IllegalStateException("The EAR is not built: " + ear + " (run mvn verify, not just the tests)");
        }
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
    }
}
