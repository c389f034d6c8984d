package cn.xietong.exchange.format;

/** How a package's addressee is addressed: main (主送) or copy (抄送). Written as the constant's name. */
public enum AddresseeRole {
    MAIN("主送"),
    COPY("抄送");

    private final String label;

    AddresseeRole(String label) {
        this.label = label;
    }

    /** The Chinese term. */
    public String label() {
        return label;
    }
}
